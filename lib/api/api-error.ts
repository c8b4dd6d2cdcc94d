export type ErrorDetail = { path: string; message: string };

/** An error a client can act on: answered with its status and `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetail[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Missing and other workspaces' resources answer the same, so nothing leaks across tenants. */
export const notFound = (what: string) => new ApiError(404, "not_found", `${what} not found`);
