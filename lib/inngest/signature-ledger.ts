import type { Db } from "../db";

/**
 * The Inngest SDK accepts a signature whose timestamp is within 5 minutes of now, either way
 * (RequestSignature.hasExpired in inngest/components/InngestCommHandler.js), and remembers none.
 */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

// A minute beyond the window, so a row is never pruned while the SDK could still accept it.
const KEEP_MS = SIGNATURE_WINDOW_MS + 60_000;

/**
 * The ledger of signatures let through to the SDK. `claim` is true for exactly one caller per
 * signature, even for simultaneous requests (the primary key decides); `release` forgets one the
 * SDK then refused, so a forged body under a copied signature cannot burn the genuine request.
 */
export const signatureLedger = {
  async claim(db: Db, signature: string, signedAt: Date, now = new Date()): Promise<boolean> {
    await db.$executeRaw`DELETE FROM "InngestSignature" WHERE "signedAt" < ${new Date(now.getTime() - KEEP_MS)}`;
    const inserted = await db.$executeRaw`
      INSERT INTO "InngestSignature" (signature, "signedAt") VALUES (${signature}, ${signedAt}) ON CONFLICT (signature) DO NOTHING`;
    return inserted === 1;
  },
  async release(db: Db, signature: string): Promise<void> {
    await db.$executeRaw`DELETE FROM "InngestSignature" WHERE signature = ${signature}`;
  },
};
