import { SIGNATURE_WINDOW_MS } from "./signature-ledger";

/**
 * The X-Inngest-Signature header when it is well-formed (`t=<seconds>&s=<64 hex>`) and its
 * timestamp within the SDK's window, else null. Says nothing of its validity: only the SDK,
 * holding the key, checks the HMAC.
 */
export function readSignature(header: string | null): { hash: string; signedAt: Date } | null {
  if (!header) return null;
  const params = new URLSearchParams(header);
  const seconds = Number(params.get("t"));
  const hash = params.get("s") ?? "";
  if (!Number.isSafeInteger(seconds) || !/^[0-9a-f]{64}$/.test(hash)) return null;
  const signedAt = new Date(seconds * 1000);
  return Math.abs(Date.now() - signedAt.getTime()) > SIGNATURE_WINDOW_MS ? null : { hash, signedAt };
}

export const UNSIGNED_MESSAGE = "Only Inngest calls this endpoint: send a current X-Inngest-Signature";
