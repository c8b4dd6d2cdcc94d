import { createHmac } from "node:crypto";

export const TEST_SIGNING_KEY = "signkey-test-8f3a6c0d2b9e4f1a7c5d3e2b1a0f9e8d";

/** The X-Inngest-Signature header Inngest sends: HMAC-SHA256 of body + timestamp, keyed by the key without its prefix. */
export function inngestSignature(body: string, signingKey = TEST_SIGNING_KEY, at = new Date()): string {
  const ts = Math.floor(at.getTime() / 1000).toString();
  const key = signingKey.replace(/^signkey-\w+-/, "");
  return `t=${ts}&s=${createHmac("sha256", key).update(body + ts).digest("hex")}`;
}
