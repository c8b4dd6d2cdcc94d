import { createHmac } from "node:crypto";

export const TEST_SIGNING_KEY = "signkey-test-8f3a6c0d2b9e4f1a7c5d3e2b1a0f9e8d";

/** JSON with keys sorted at every level (RFC 8785 for our data): the form the SDK verifies a signature against. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    return `{${Object.keys(record)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The X-Inngest-Signature header Inngest sends: HMAC-SHA256 of body + timestamp, keyed by the key without its prefix. */
export function inngestSignature(body: string, signingKey = TEST_SIGNING_KEY, at = new Date()): string {
  const ts = Math.floor(at.getTime() / 1000).toString();
  const key = signingKey.replace(/^signkey-\w+-/, "");
  return `t=${ts}&s=${createHmac("sha256", key)
    .update(body + ts)
    .digest("hex")}`;
}

/** Where Inngest sends a run of `recalculate-gig-ranking`'s step. */
export const INNGEST_RUN_TARGET = "/api/inngest?fnId=talent-matching-recalculate-gig-ranking&stepId=step";

/** A run request shaped as Inngest sends it: the event, the run's context, no step done yet. */
export function inngestRunBody(data: { gigId: string; workspaceId: string; triggeredBy: string }, attempt = 0): string {
  return canonicalJson({
    version: 1,
    event: { name: "gig/ranking.recalculate", data, id: `01HOSTILE${data.triggeredBy}`, ts: Date.now() },
    events: [],
    steps: {},
    ctx: {
      run_id: `01HOSTILERUN${data.triggeredBy}`,
      attempt,
      disable_immediate_execution: false,
      use_api: false,
      stack: { stack: [], current: 0 },
    },
  });
}
