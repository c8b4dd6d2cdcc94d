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

/** A path under /api that no endpoint serves (or that the app does not offer). */
export const noEndpoint = (pathname: string) => new ApiError(404, "not_found", `No API endpoint at ${pathname}`);

/** An unexpected failure, already logged under `requestId`: nothing of it is told to the client. */
export const internalError = (requestId: string) =>
  new ApiError(500, "internal_error", `Something went wrong; quote request id ${requestId} when reporting it`);
