import { ApiError, noEndpoint } from "@/lib/api/api-error";
import { BODY_LIMITS } from "@/lib/api/body-limits";
import { errorResponse } from "@/lib/api/json-response";
import { withBodyLimit } from "@/lib/api/read-body";
import { allowedMethods, methodNotAllowed } from "@/lib/api/route-methods";
import { getAuth } from "@/lib/auth/auth";
import { isAuthNotConfigured } from "@/lib/auth/auth-error";
import { publicAuthMethod } from "@/lib/auth/public-auth-endpoint";

// better-auth's endpoints the app offers (sign-in, sign-out, session, own workspaces) under /api/auth.
async function handle(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  const method = publicAuthMethod(pathname);
  if (!method) return errorResponse(noEndpoint(pathname), crypto.randomUUID());
  const allow = allowedMethods([method]);
  if (request.method === "OPTIONS") return new Response(null, { status: 204, headers: { Allow: allow } });
  // HEAD is a GET without its body (better-auth routes GET only).
  if (request.method === "HEAD" && method === "GET") return authHandler(new Request(request.url, { headers: request.headers }));
  if (request.method !== method) return methodNotAllowed(request.method, allow);
  return authHandler(request);
}

// Its body (an email and a password) read within the auth limit before better-auth does any work.
const authHandler = withBodyLimit(BODY_LIMITS.auth, async (request: Request) => {
  try {
    return await (await getAuth()).handler(request);
  } catch (error) {
    if (isAuthNotConfigured(error)) return errorResponse(new ApiError(503, "auth_not_configured", error.message), crypto.randomUUID());
    throw error;
  }
});

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE, handle as OPTIONS };
