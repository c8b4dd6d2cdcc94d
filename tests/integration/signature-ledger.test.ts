import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGNATURE_WINDOW_MS, signatureLedger } from "../../lib/inngest/signature-ledger";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const hash = (n: number) => n.toString(16).padStart(64, "0");

describe("signatureLedger", () => {
  it("claims a signature once, even when claimed many times at once", async () => {
    const now = new Date();
    const claims = await Promise.all(Array.from({ length: 8 }, () => signatureLedger.claim(database.db, hash(1), now)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await signatureLedger.claim(database.db, hash(1), now)).toBe(false);
  });

  it("makes a released signature claimable again", async () => {
    const now = new Date();
    expect(await signatureLedger.claim(database.db, hash(2), now)).toBe(true);
    await signatureLedger.release(database.db, hash(2));
    expect(await signatureLedger.claim(database.db, hash(2), now)).toBe(true);
  });

  it("prunes signatures the SDK can no longer accept, and keeps those it still could", async () => {
    const now = new Date();
    const stale = new Date(now.getTime() - SIGNATURE_WINDOW_MS - 2 * 60_000);
    const recent = new Date(now.getTime() - SIGNATURE_WINDOW_MS);
    expect(await signatureLedger.claim(database.db, hash(3), stale, stale)).toBe(true);
    expect(await signatureLedger.claim(database.db, hash(4), recent, recent)).toBe(true);
    await signatureLedger.claim(database.db, hash(5), now, now);
    const kept = (await database.db.inngestSignature.findMany({ select: { signature: true } })).map((row) => row.signature);
    expect(kept).not.toContain(hash(3));
    expect(kept).toContain(hash(4));
  });
});
