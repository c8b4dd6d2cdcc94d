import { ApiError, noEndpoint } from "@/lib/api/api-error";
import { errorResponse } from "@/lib/api/json-response";
import { getAuth } from "@/lib/auth/auth";
import { isAuthNotConfigured } from "@/lib/auth/auth-error";
import { isPublicAuthEndpoint } from "@/lib/auth/public-auth-endpoint";

// better-auth's endpoints the app offers (sign-in, sign-out, session, own workspaces) under /api/auth.
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!isPublicAuthEndpoint(request.method, pathname)) {
    return errorResponse(noEndpoint(pathname), crypto.randomUUID());
  }
  try {
    return await (await getAuth()).handler(request);
  } catch (error) {
    if (isAuthNotConfigured(error)) return errorResponse(new ApiError(503, "auth_not_configured", error.message), crypto.randomUUID());
    throw error;
  }
}

export { handle as GET, handle as POST };
