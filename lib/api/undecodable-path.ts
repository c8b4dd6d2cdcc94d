import { ApiError } from "./api-error";
import { errorResponse } from "./json-response";

const MESSAGE = "The URL path is not valid percent-encoded UTF-8";

/**
 * The 400 for a path that does not percent-decode (`%`, `%ff`, `%C0%AE`), or null for any other.
 * Next.js answers such a path under a dynamic route with a bare 500 before any route handler
 * runs (vercel/next.js#92527), so this is checked in proxy.ts: JSON in the API's error shape
 * under /api, plain text elsewhere.
 */
export function undecodablePathResponse(url: string): Response | null {
  const { pathname } = new URL(url);
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    if (pathname.startsWith("/api/")) return errorResponse(new ApiError(400, "invalid_path", MESSAGE), crypto.randomUUID());
    return new Response(`Bad Request: ${MESSAGE}`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}
