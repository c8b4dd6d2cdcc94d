import { randomUUID } from "node:crypto";
import { ApiError } from "../api/api-error";
import { errorResponse } from "../api/json-response";
import { readSignature, UNSIGNED_MESSAGE } from "./read-signature";

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

/**
 * Refuses, in the API's error shape, a request without a well-formed, current signature, before
 * the SDK reads anything. For PUT (a sync): unsigned, the SDK would register the app with Inngest
 * on anyone's request. The SDK then checks the signature itself (`enableUnauthedSync: false`).
 */
export function requireSignature<A extends unknown[]>(handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    if (!readSignature(request.headers.get("x-inngest-signature"))) {
      return errorResponse(new ApiError(401, "unauthorized", UNSIGNED_MESSAGE), randomUUID());
    }
    return handler(request, ...rest);
  };
}
