import { randomUUID } from "node:crypto";
import { ApiError, internalError } from "../api/api-error";
import { errorResponse } from "../api/json-response";
import { readBodyText, withBody } from "../api/read-body";
import { type Db, getDb } from "../db";
import { readSignature, UNSIGNED_MESSAGE } from "./read-signature";
import { signatureLedger } from "./signature-ledger";

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

/**
 * Wraps the SDK's POST handler (function and step runs, the only requests with effects) so each
 * signed request runs at most once: Inngest signs every delivery, retry and step call anew, so
 * a signature seen before is a replay and is refused with 401. Before any of that, in the API's
 * error shape: a request without a well-formed, current signature (401), a body over `maxBytes`
 * (413, cut off while it streams) and one that is not JSON (400): the SDK would read any body
 * whole, and answers a bare 500 to one that does not parse. GET (introspection) and PUT (sync)
 * are not guarded here: they change nothing, and two within one second share a signature.
 */
export function rejectReplays<A extends unknown[]>(handler: Handler<A>, maxBytes: number): Handler<A> {
  return async (request, ...rest) => {
    const requestId = randomUUID();
    const signature = readSignature(request.headers.get("x-inngest-signature"));
    if (!signature) return errorResponse(new ApiError(401, "unauthorized", UNSIGNED_MESSAGE), requestId);
    let text: string;
    try {
      text = await readBodyText(request, maxBytes);
      JSON.parse(text);
    } catch (error) {
      return errorResponse(error instanceof ApiError ? error : new ApiError(400, "invalid_json", "The body is not valid JSON"), requestId);
    }
    let db: Db;
    try {
      db = await getDb();
      if (!(await signatureLedger.claim(db, signature.hash, signature.signedAt))) {
        return errorResponse(
          new ApiError(401, "replayed_request", "This signed request was already received; Inngest signs every delivery anew"),
          requestId,
        );
      }
    } catch (error) {
      console.error(`[inngest] request ${requestId}: could not check the signature ledger`, error);
      return errorResponse(internalError(requestId), requestId);
    }
    const response = await handler(withBody(request, text), ...rest);
    if (response.status === 401) await signatureLedger.release(db, signature.hash);
    return response;
  };
}
