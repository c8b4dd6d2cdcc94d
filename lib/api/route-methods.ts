import { ApiError } from "./api-error";
import { errorResponse } from "./json-response";

type Handler = (request: Request, route: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];

/** A route's handlers, with a JSON 405 (and an Allow header) for every method it does not serve. */
export function routeMethods(handlers: Partial<Record<Method, Handler>>): Record<Method, Handler> {
  const allow = METHODS.filter((method) => handlers[method]).join(", ");
  const notAllowed: Handler = async (request) => {
    const response = errorResponse(new ApiError(405, "method_not_allowed", `${request.method} is not allowed here; use ${allow}`), crypto.randomUUID());
    response.headers.set("Allow", allow);
    return response;
  };
  return Object.fromEntries(METHODS.map((method) => [method, handlers[method] ?? notAllowed])) as Record<Method, Handler>;
}
