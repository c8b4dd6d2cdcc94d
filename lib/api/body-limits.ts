/**
 * The largest request body each kind of endpoint reads, in bytes. Larger is answered 413
 * `payload_too_large` before any credential is checked: up front when Content-Length says so,
 * otherwise as soon as that many bytes have streamed in (lib/api/read-body.ts).
 */
export const BODY_LIMITS = {
  /** The REST API: its bodies are a status, two scores or a cover letter of at most 20,000 characters. */
  api: 1_000_000,
  /** better-auth's sign-in and sign-out: an email and a password. */
  auth: 64 * 1024,
  /**
   * The dashboard's server actions (sign-in, sign-out, a status change, a recalculation): a call
   * declaring its length is checked by proxy.ts (413 over this, lib/http/undecodable-action.ts);
   * any other is read by Next.js itself (next.config.ts), which stops at this limit but answers 500.
   */
  serverAction: 64 * 1024,
  /**
   * /api/inngest: a run request carries the event and the memoized step outputs. Inngest bounds an
   * event at 3 MiB and a step's output at 4 MB, and sends a run's state through its API instead
   * (`ctx.use_api`) when it is larger; this app's events and step outputs are under a kilobyte.
   * 8 MiB holds an event and a step output both at Inngest's maximum.
   */
  inngest: 8 * 1024 * 1024,
} as const;
