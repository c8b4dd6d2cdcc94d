import { ApiError } from "./api-error";
import { errorResponse } from "./json-response";

type Handler = (request: Request, route: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** The methods a route answers, as `Allow` lists them: HEAD comes with GET (Next.js serves it from GET), OPTIONS always. */
export function allowedMethods(served: readonly string[]): string {
  return [...served, ...(served.includes("GET") ? ["HEAD"] : []), "OPTIONS"].join(", ");
}

/** The 405 in the API's error shape, with the `Allow` of the methods served. */
export function methodNotAllowed(method: string, allow: string): Response {
  const response = errorResponse(
    new ApiError(405, "method_not_allowed", `${method} is not allowed here; use ${allow}`),
    crypto.randomUUID(),
  );
  response.headers.set("Allow", allow);
  return response;
}

/**
 * A route's handlers, the one place a route declares its methods: a JSON 405 for every method it
 * does not serve, and an OPTIONS answer naming exactly those it does (the same `Allow` as the 405).
 * Left to Next.js, OPTIONS would list every exported method, the 405 ones included.
 */
export function routeMethods(handlers: Partial<Record<Method, Handler>>): Record<Method | "OPTIONS", Handler> {
  const allow = allowedMethods(METHODS.filter((method) => handlers[method]));
  const notAllowed: Handler = async (request) => methodNotAllowed(request.method, allow);
  const options: Handler = async () => new Response(null, { status: 204, headers: { Allow: allow } });
  return { ...Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? notAllowed])), OPTIONS: options } as Record<
    Method | "OPTIONS",
    Handler
  >;
}
