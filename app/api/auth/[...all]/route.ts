import { ApiError } from "@/lib/api/api-error";
import { errorResponse } from "@/lib/api/json-response";
import { AuthNotConfiguredError, getAuth } from "@/lib/auth/auth";

// better-auth's own endpoints (sign-in, sign-out, session, organizations) under /api/auth.
async function handle(request: Request): Promise<Response> {
  try {
    return await (await getAuth()).handler(request);
  } catch (error) {
    if (error instanceof AuthNotConfiguredError) return errorResponse(new ApiError(503, "auth_not_configured", error.message), crypto.randomUUID());
    throw error;
  }
}

export { handle as GET, handle as POST };
