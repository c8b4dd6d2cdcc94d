import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { vi } from "vitest";
import type { Db } from "../../lib/db";
import { createDatabaseUrl } from "./test-database";

/**
 * Inngest functions open their database from DATABASE_URL, as in production. This points that
 * variable (and any others given) at a fresh test database and resets the module registry, so the
 * modules a test imports afterwards read them; `close` undoes it all.
 */
export async function productionDatabase(name: string, env: Record<string, string> = {}): Promise<{ db: Db; close: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tm-${name}-`));
  const target = await createDatabaseUrl(dir);
  vi.stubEnv("DATABASE_URL", target.url);
  for (const [variable, value] of Object.entries(env)) vi.stubEnv(variable, value);
  vi.resetModules();
  const dbModule = await import("../../lib/db");
  const db = await dbModule.getDb();
  return {
    db,
    async close() {
      await dbModule.closeDb();
      await target.drop();
      vi.unstubAllEnvs();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
