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

  it("refuse unknown keys and unknown workspaces", async () => {
    expect(await verifyApiKey(t.db, "tm_not-a-key")).toBeNull();
    expect(await verifyApiKey(t.db, "something else")).toBeNull();
    await expect(createApiKey(t.db, "nowhere", "x")).rejects.toBeInstanceOf(UnknownWorkspaceError);
  });
});
