import { randomUUID } from "node:crypto";
import { ApiError, internalError } from "../api/api-error";
import { errorResponse } from "../api/json-response";
import { getDb } from "../db";
import { SIGNATURE_WINDOW_MS, signatureLedger } from "./signature-ledger";

type Handler<R extends Request, A extends unknown[]> = (request: R, ...rest: A) => Promise<Response>;

/**
 * Wraps the SDK's POST handler (function and step runs, the only requests with effects) so each
 * signed request runs at most once: Inngest signs every delivery, retry and step call anew, so
 * a signature seen before is a replay and is refused with 401. A request without a well-formed,
 * current signature, or whose body is not JSON, is refused here in the API's error shape: the
 * SDK parses the body before it checks the signature, and answers a bare 500 to one that does
 * not parse. GET (introspection) and PUT (sync) are left to the SDK: they change nothing, and two
 * within one second share a signature.
 */
export function rejectReplays<R extends Request, A extends unknown[]>(handler: Handler<R, A>, enabled: boolean): Handler<R, A> {
  if (!enabled) return handler;
  return async (request, ...rest) => {
    const requestId = randomUUID();
    const signature = readSignature(request.headers.get("x-inngest-signature"));
    if (!signature) {
      return errorResponse(new ApiError(401, "unauthorized", "Only Inngest calls this endpoint: send a current X-Inngest-Signature"), requestId);
    }
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return errorResponse(new ApiError(400, "invalid_json", "The body is not valid JSON"), requestId);
    }
    let db;
    try {
      db = await getDb();
      if (!(await signatureLedger.claim(db, signature.hash, signature.signedAt))) {
        return errorResponse(new ApiError(401, "replayed_request", "This signed request was already received; Inngest signs every delivery anew"), requestId);
      }
    } catch (error) {
      console.error(`[inngest] request ${requestId}: could not check the signature ledger`, error);
      return errorResponse(internalError(requestId), requestId);
    }
    const response = await handler(request, ...rest);
    if (response.status === 401) await signatureLedger.release(db, signature.hash);
    return response;
  };
}

function readSignature(header: string | null): { hash: string; signedAt: Date } | null {
  if (!header) return null;
  const params = new URLSearchParams(header);
  const seconds = Number(params.get("t"));
  const hash = params.get("s") ?? "";
  if (!Number.isSafeInteger(seconds) || !/^[0-9a-f]{64}$/.test(hash)) return null;
  const signedAt = new Date(seconds * 1000);
  return Math.abs(Date.now() - signedAt.getTime()) > SIGNATURE_WINDOW_MS ? null : { hash, signedAt };
}
