// Errors of a better-auth call are recognised by their fields, never by their class: one process
// can hold two copies of better-auth and of this app's modules (the route handler's module graph
// and the server actions' take turns building the instance kept on globalThis), and `instanceof`
// is false across them. That made a wrong password read as a database outage.

export type AuthFailure = { status: number; code: string | null; message: string };

/** A refusal by better-auth (its APIError: `statusCode`, `body.code`), or null for any other error. */
export function authFailure(error: unknown): AuthFailure | null {
  if (typeof error !== "object" || error === null) return null;
  const { name, statusCode, body } = error as { name?: unknown; statusCode?: unknown; body?: { code?: unknown; message?: unknown } };
  if (name !== "APIError" || typeof statusCode !== "number") return null;
  return {
    status: statusCode,
    code: typeof body?.code === "string" ? body.code : null,
    message: typeof body?.message === "string" ? body.message : "",
  };
}

/** Sign-in switched off: production without BETTER_AUTH_SECRET (AuthNotConfiguredError, by name). */
export function isAuthNotConfigured(error: unknown): error is Error {
  return error instanceof Error && error.name === "AuthNotConfiguredError";
}
