import { createHash } from "node:crypto";
import { createLimit } from "../limits/limit";

/**
 * Password guessing, slowed on every way in (the sign-in form and POST /api/auth/sign-in/email
 * both reach better-auth's sign-in, where this runs as its hook):
 * - per account: from the fifth failure in a row on, each failure locks the account: 2 s after
 *   the fifth, then twice as long as the lock before (4 s, 8 s, …), at most 5 minutes. During a
 *   lock every attempt, with the right password too, gets the same refusal and the time left.
 *   Failures are forgotten a day after the first of them, or at the next successful sign-in.
 * - per client address: 20 attempts that did not sign in, over every account, in 10 minutes.
 */
const SIGN_IN_POLICY = {
  freeFailures: 5,
  firstLockSeconds: 2,
  maxLockSeconds: 300,
  failureMemorySeconds: 86_400,
  addressAttempts: 20,
  addressWindowSeconds: 600,
} as const;

const failures = createLimit("sign-in-failures", { points: 1_000_000, durationSeconds: SIGN_IN_POLICY.failureMemorySeconds });
const locks = createLimit("sign-in-lock", { points: 1, durationSeconds: SIGN_IN_POLICY.maxLockSeconds });
const addresses = createLimit("sign-in-address", {
  points: SIGN_IN_POLICY.addressAttempts,
  durationSeconds: SIGN_IN_POLICY.addressWindowSeconds,
});

// Emails are kept hashed, and short enough for the limits' keys whatever was typed.
const accountKey = (email: unknown) =>
  typeof email === "string" ? createHash("sha256").update(email.trim().toLowerCase()).digest("hex") : null;

/** The lock after `failures` failures in a row, in seconds (0: none yet). */
function lockSeconds(count: number): number {
  const { freeFailures, firstLockSeconds, maxLockSeconds } = SIGN_IN_POLICY;
  if (count < freeFailures) return 0;
  return Math.min(maxLockSeconds, firstLockSeconds * 2 ** Math.min(count - freeFailures, 20));
}

/**
 * Before the password is checked: 0 to go on, else the seconds to wait. The attempt counts
 * against the address whatever its outcome, until `settleSignIn` gives it back on success.
 */
export async function admitSignIn(email: unknown, address: string): Promise<number> {
  const account = accountKey(email);
  const [locked, overBudget] = await Promise.all([account ? locks.wait(account) : 0, addresses.take(address)]);
  return Math.max(locked, overBudget);
}

/** After better-auth answered: a wrong password counts against the account, a sign-in clears it. */
export async function settleSignIn(email: unknown, address: string, outcome: "signed-in" | "wrong-password" | "refused"): Promise<void> {
  const account = accountKey(email);
  if (outcome === "signed-in") {
    await Promise.all([addresses.give(address), account ? failures.forget(account) : undefined]);
    return;
  }
  if (outcome !== "wrong-password" || !account) return;
  await failures.take(account);
  const lock = lockSeconds(await failures.used(account));
  if (lock > 0) await locks.block(account, lock);
}
