import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase } from "../../lib/db/open-database";
import { recalculateJob } from "../../lib/matching";
import { ABANDONED_AFTER_MINUTES } from "../../lib/matching/matching-run";
import { snapshotDatabase } from "../helpers/database-snapshot";
import { expectedList, listState, type ListState } from "../helpers/expected-list";
import { backendGone, installHold, spawnScript, until } from "../helpers/fault-injection";
import { eligibleCandidates, fixtureJob, jobId, seed, setStatus } from "../helpers/fixtures";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";

// A recalculation cut off inside its save (connection terminated, process SIGKILLed) and an
// import killed mid-transaction, on a database other processes open as in production.
const kind = inject("databaseTemplate").kind;
// Each step starts a tsx process or two; a loaded machine is slow, not wrong.
const SLOW = { timeout: 600_000 };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-faults-"));
let url: string;
let drop: () => Promise<void>;
const dataDir = () => (url.startsWith("pglite:") ? url.slice("pglite:".length) : undefined);
const target = () => ({ kind, url, dataDir: dataDir() });

const STATUSES = new Map([
  ["c-070", "CONTACTED"],
  ["c-069", "REJECTED"],
  ["c-068", "VIEWED"],
  ["c-040", "REJECTED"],
  ["c-022", "VIEWED"],
  ["c-021", "CONTACTED"],
]);
const CANDIDATES = [...eligibleCandidates(70), ...eligibleCandidates(5, "new", 95)].map((c) => c.externalId);
const NEW_LIST = expectedList(CANDIDATES, STATUSES);
const before: Record<string, ListState> = {};
const jobs: Record<string, string> = {};

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await seed(
      db,
      eligibleCandidates(70),
      ["j-1", "j-2", "j-3"].map((id) => fixtureJob(id)),
    );
    for (const external of ["j-1", "j-2", "j-3"]) {
      jobs[external] = await jobId(db, external);
      await recalculateJob(db, jobs[external]!, { trigger: "test" });
      for (const [candidate, status] of STATUSES) await setStatus(db, jobs[external]!, candidate, status as "VIEWED");
      before[external] = await listState(db, jobs[external]!);
    }
    // Five newcomers better than everyone: the next save deletes rows that fall out, then inserts.
    await seed(db, eligibleCandidates(5, "new", 95), []);
  });
});
afterAll(async () => {
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("the fixture's next list differs from the stored one (so a half-done save would show)", () => {
  expect(before["j-1"]).not.toEqual(NEW_LIST);
  expect(Object.values(NEW_LIST).filter((row) => row.rank !== null)).toHaveLength(50);
});

async function expectRerunCompletes(external: string) {
  const killedRun = await withDatabase(url, (db) =>
    db.matchingRun.findFirstOrThrow({ where: { jobId: jobs[external]! }, orderBy: { startedAt: "desc" } }),
  );
  // The killed process could not end its run; pretend the bound has passed rather than wait for it.
  await withDatabase(url, (db) =>
    db.matchingRun.update({
      where: { id: killedRun.id },
      data: { startedAt: new Date(Date.now() - (ABANDONED_AFTER_MINUTES + 1) * 60_000) },
    }),
  );
  const rerun = await runScript("scripts/matchings.ts", ["--job", external], { DATABASE_URL: url });
  expect(rerun.code, rerun.stderr).toBe(0);
  await withDatabase(url, async (db) => {
    expect(await listState(db, jobs[external]!)).toEqual(NEW_LIST);
    expect(await db.matchingRun.findFirstOrThrow({ where: { jobId: jobs[external]! }, orderBy: { startedAt: "desc" } })).toMatchObject({
      status: "SUCCEEDED",
    });
    expect(await db.matchingRun.findUniqueOrThrow({ where: { id: killedRun.id } })).toMatchObject({
      status: "FAILED",
      error: expect.stringMatching(/^Abandoned/),
    });
  });
}

describe.runIf(kind === "postgres")("PostgreSQL: a recalculation cut off between its delete and its insert", () => {
  it("connection terminated: the previous list stays, statuses included, the run says FAILED, the next run completes", SLOW, async () => {
    const database = await openDatabase(url);
    const hold = await installHold(database.db, "CandidateMatching", target());
    try {
      const running = recalculateJob(database.db, jobs["j-1"]!, { trigger: "test" });
      const outcome = running.then(
        () => "finished",
        (error: Error) => error.message,
      );
      const pid = await until("the save to block", hold.blocked);
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`SELECT pg_terminate_backend($1)`, [pid]);
      await admin.end();
      expect(await outcome).not.toBe("finished");
      await hold.release();
      expect(await listState(database.db, jobs["j-1"]!)).toEqual(before["j-1"]);
      const run = await database.db.matchingRun.findFirstOrThrow({ where: { jobId: jobs["j-1"]! }, orderBy: { startedAt: "desc" } });
      expect(run.status).toBe("FAILED");
      await hold.remove(database.db);
      await recalculateJob(database.db, jobs["j-1"]!, { trigger: "test" });
      expect(await listState(database.db, jobs["j-1"]!)).toEqual(NEW_LIST);
    } finally {
      await hold.release();
      await database.close();
    }
  });

  it(
    "process SIGKILLed: nothing of its save is committed, its run is ended as abandoned by the next one, which completes",
    SLOW,
    async () => {
      const hold = await withDatabase(url, (db) => installHold(db, "CandidateMatching", target()));
      const cli = spawnScript("scripts/matchings.ts", ["--job", "j-2"], { DATABASE_URL: url });
      const pid = await until("the CLI's save to block", hold.blocked);
      cli.child.kill("SIGKILL");
      expect((await cli.exited).signal).toBe("SIGKILL");
      // The orphaned backend goes on once the lock is free, then finds its client gone and rolls back.
      await hold.release();
      await backendGone(url, pid);
      await withDatabase(url, async (db) => {
        expect(await listState(db, jobs["j-2"]!)).toEqual(before["j-2"]);
        expect(await db.matchingRun.findFirstOrThrow({ where: { jobId: jobs["j-2"]! }, orderBy: { startedAt: "desc" } })).toMatchObject({
          status: "RUNNING",
        });
        await hold.remove(db);
      });
      await expectRerunCompletes("j-2");
    },
  );
});

describe.runIf(kind === "pglite")("PGlite: the recalculating process SIGKILLed", () => {
  it("inside its save: the directory recovers with the previous list, statuses included; the next run completes", SLOW, async () => {
    const hold = await withDatabase(url, (db) => installHold(db, "CandidateMatching", target()));
    const cli = spawnScript("scripts/matchings.ts", ["--job", "j-2"], { DATABASE_URL: url });
    await until("the CLI's save to block", hold.blocked);
    cli.child.kill("SIGKILL");
    expect((await cli.exited).signal).toBe("SIGKILL");
    await hold.release();
    await withDatabase(url, async (db) => {
      expect(await listState(db, jobs["j-2"]!)).toEqual(before["j-2"]);
      expect(await db.matchingRun.findFirstOrThrow({ where: { jobId: jobs["j-2"]! }, orderBy: { startedAt: "desc" } })).toMatchObject({
        status: "RUNNING",
      });
      await hold.remove(db);
    });
    await expectRerunCompletes("j-2");
  });

  it("at several points across a run of every job: each list is entirely the old or entirely the new one", SLOW, async () => {
    const lists = () =>
      withDatabase(url, async (db) => ({ "j-1": await listState(db, jobs["j-1"]!), "j-3": await listState(db, jobs["j-3"]!) }));
    for (const delayMs of [1_500, 3_000, 4_500, 6_000]) {
      const cli = spawnScript("scripts/matchings.ts", [], { DATABASE_URL: url });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      cli.child.kill("SIGKILL");
      await cli.exited;
      for (const [external, state] of Object.entries(await lists())) {
        expect([before[external], NEW_LIST], `${external} after a kill at ${delayMs} ms`).toContainEqual(state);
      }
    }
    const rerun = await runScript("scripts/matchings.ts", [], { DATABASE_URL: url });
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await lists()).toEqual({ "j-1": NEW_LIST, "j-3": NEW_LIST });
  });
});

describe("an import killed in the middle of its transaction", () => {
  it("leaves the database exactly as before; run again, it completes", SLOW, async () => {
    const file = path.join(dir, "import.json");
    fs.writeFileSync(
      file,
      JSON.stringify({
        workspaces: [{ slug: "gamma", name: "Gamma" }],
        candidates: eligibleCandidates(30, "imp", 200),
        jobs: [fixtureJob("j-imp", { workspace: "gamma" })],
      }),
    );
    const { hold, snapshot } = await withDatabase(url, async (db) => {
      const installed = await installHold(db, "Job", target());
      return { hold: installed, snapshot: await snapshotDatabase(db) };
    });
    // Candidates are written before jobs: they are in the transaction when it blocks on the job.
    const cli = spawnScript("scripts/import.ts", [file], { DATABASE_URL: url });
    const pid = await until("the import to block on its job", hold.blocked);
    cli.child.kill("SIGKILL");
    expect((await cli.exited).signal).toBe("SIGKILL");
    await hold.release();
    if (kind === "postgres") await backendGone(url, pid);
    await withDatabase(url, async (db) => {
      expect(await snapshotDatabase(db)).toEqual(snapshot);
      await hold.remove(db);
    });

    const rerun = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
    expect(rerun.code, rerun.stderr).toBe(0);
    await withDatabase(url, async (db) => {
      expect(await db.candidate.count({ where: { externalId: { startsWith: "imp-" } } })).toBe(30);
      const job = await db.job.findUniqueOrThrow({ where: { externalId: "j-imp" } });
      // Matched incrementally: the imported candidates, the only ones created or changed.
      expect(await db.candidateMatching.count({ where: { jobId: job.id, rank: { not: null } } })).toBe(30);
    });
  });
});
