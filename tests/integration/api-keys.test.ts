import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey, listApiKeys, revokeApiKey, UnknownWorkspaceError, verifyApiKey } from "../../lib/auth/api-keys";
import { seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, []);
});
afterAll(() => t.close());

describe("API keys", () => {
  it("are scoped to one workspace, stored only as a hash, and stop working once revoked", async () => {
    const { id, key } = await createApiKey(t.db, "acme", "CI");
    const acme = await t.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
    expect(await verifyApiKey(t.db, key)).toEqual({ keyId: id, workspaceId: acme.id });

    const stored = await t.db.apiKey.findUniqueOrThrow({ where: { id } });
    expect(stored.hash).not.toContain(key);
    expect(JSON.stringify(stored)).not.toContain(key);
    expect(key.startsWith(stored.prefix)).toBe(true);

    expect(await revokeApiKey(t.db, id)).toBe(true);
    expect(await verifyApiKey(t.db, key)).toBeNull();
    expect(await revokeApiKey(t.db, id)).toBe(false);
    expect((await listApiKeys(t.db, "acme")).map((k) => [k.name, k.revokedAt !== null])).toEqual([["CI", true]]);
  });

  it("record when they were last used, at most once a minute", async () => {
    const { id, key } = await createApiKey(t.db, "acme", "usage");
    const lastUsed = async () => (await t.db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await verifyApiKey(t.db, key);
    const first = await lastUsed();
    expect(Math.abs(first!.getTime() - Date.now())).toBeLessThan(60_000);
    await verifyApiKey(t.db, key);
    expect(await lastUsed()).toEqual(first);
    // Two minutes later (aged in the database rather than waited for), the next use is recorded.
    const aged = new Date(first!.getTime() - 2 * 60_000);
    await t.db.apiKey.update({ where: { id }, data: { lastUsedAt: aged } });
    await verifyApiKey(t.db, key);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(aged.getTime() + 60_000);
    expect((await listApiKeys(t.db, "acme")).find((k) => k.id === id)?.lastUsedAt).toEqual(await lastUsed());
    // A revoked key is refused and its last use stays what it was.
    await t.db.apiKey.update({ where: { id }, data: { lastUsedAt: aged } });
    await revokeApiKey(t.db, id);
    expect(await verifyApiKey(t.db, key)).toBeNull();
    expect(await lastUsed()).toEqual(aged);
  });

  it("refuse unknown keys and unknown workspaces", async () => {
    expect(await verifyApiKey(t.db, "tm_not-a-key")).toBeNull();
    expect(await verifyApiKey(t.db, "something else")).toBeNull();
    await expect(createApiKey(t.db, "nowhere", "x")).rejects.toBeInstanceOf(UnknownWorkspaceError);
  });
});
