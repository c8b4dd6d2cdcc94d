import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../lib/db/open-database";
import { DatabaseLockedError } from "../../lib/db/pglite-lock";
import { runScript } from "../helpers/run-script";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-lock-"));
const dataDir = path.join(dir, "pglite");
let holder: ChildProcess;

beforeAll(async () => {
  holder = spawn(process.execPath, ["--import", "tsx", "tests/helpers/hold-database.ts"], {
    env: { ...process.env, DATABASE_URL: `pglite:${dataDir}` },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    holder.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
    holder.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
});
afterAll(() => {
  holder.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database serves one process at a time", () => {
  it("tells a second process who holds it and what to do", async () => {
    const error = await openDatabase(`pglite:${dataDir}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseLockedError);
    expect((error as Error).message).toContain(`in use by process ${holder.pid}`);
    expect((error as Error).message).toMatch(/stop that process and retry, or set DATABASE_URL to a PostgreSQL server/);
  });

  it("makes the CLI exit non-zero with that one-line reason, not a crash", async () => {
    const result = await runScript("scripts/matchings.ts", [], { DATABASE_URL: `pglite:${dataDir}` });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: The embedded database at .* is in use by process \d+/);
  });

  it("takes over the lock of a process that died without releasing it, and the data is intact", async () => {
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.once("exit", resolve));
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(true);
    const database = await openDatabase(`pglite:${dataDir}`);
    try {
      const rows = await database.db.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM "_prisma_migrations"`;
      expect(rows[0]?.count).toBeGreaterThan(0);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
