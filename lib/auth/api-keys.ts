import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db";

const PREFIX = "tm_";

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex");

export type ApiKeySummary = {
  id: string;
  workspace: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

export class UnknownWorkspaceError extends Error {
  override name = "UnknownWorkspaceError";
}

/** Creates a key for a workspace. The key itself is returned once and never stored. */
export async function createApiKey(db: Db, workspaceSlug: string, name: string): Promise<{ id: string; key: string }> {
  const workspace = await db.workspace.findUnique({ where: { slug: workspaceSlug } });
  if (!workspace) throw new UnknownWorkspaceError(`No workspace has the slug "${workspaceSlug}"`);
  const key = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await db.apiKey.create({
    data: { workspaceId: workspace.id, name, prefix: key.slice(0, PREFIX.length + 6), hash: hashKey(key) },
    select: { id: true },
  });
  return { id: row.id, key };
}

/**
 * The workspace a key belongs to, or null for an unknown or revoked key. In the same statement
 * an active key's `lastUsedAt` becomes now, at most once a minute: a key in steady use costs one
 * write a minute, not one per request, and no extra round trip.
 */
export async function verifyApiKey(db: Db, key: string): Promise<{ keyId: string; workspaceId: string } | null> {
  if (!key.startsWith(PREFIX) || key.length > 200) return null;
  const [row] = await db.$queryRaw<{ id: string; workspaceId: string }[]>`
    WITH key AS (SELECT id, "workspaceId" FROM "ApiKey" WHERE hash = ${hashKey(key)} AND "revokedAt" IS NULL),
    touched AS (
      UPDATE "ApiKey" SET "lastUsedAt" = now() FROM key
      WHERE "ApiKey".id = key.id AND ("ApiKey"."lastUsedAt" IS NULL OR "ApiKey"."lastUsedAt" < now() - interval '1 minute')
    )
    SELECT id::text, "workspaceId"::text AS "workspaceId" FROM key`;
  return row ? { keyId: row.id, workspaceId: row.workspaceId } : null;
}

/** Revokes a key; true when it existed and was active. */
export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

export async function listApiKeys(db: Db, workspaceSlug?: string): Promise<ApiKeySummary[]> {
  const rows = await db.apiKey.findMany({
    where: workspaceSlug ? { workspace: { slug: workspaceSlug } } : {},
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      workspace: { select: { slug: true } },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map(({ workspace, ...row }) => ({ ...row, workspace: workspace.slug }));
}
