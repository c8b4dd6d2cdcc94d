import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recalculateJob } from "../../lib/matching";
import { expectedList, listState } from "../helpers/expected-list";
import { eligibleCandidates, jobId, seed } from "../helpers/fixtures";
import { startNext } from "../helpers/next-server";
import { createDatabaseUrl, createTestDatabase, withDatabase } from "../helpers/test-database";
import { until } from "../helpers/fault-injection";
import {
  buildConcurrencyWorld,
  CANDIDATES,
  CONCURRENCY_SERVER_ENV,
  expectBurstOutcome,
  sendBurst,
  type BurstAnswer,
  type ConcurrencyWorld,
} from "./concurrency-world";

// Recalculations and recruiters' decisions at once, over HTTP against `next start`
// (concurrency-world.ts); multi-process.test.ts sends the same burst to two processes.
const kind = inject("databaseTemplate").kind;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-concurrency-"));
let url: string;
let drop: () => Promise<void>;
let world: ConcurrencyWorld;

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  world = await withDatabase(url, buildConcurrencyWorld);
}, 600_000);
afterAll(async () => {
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`recalculations and status changes at once (${kind})`, () => {
  it("ends with every acknowledged decision kept, no duplicate row or rank, and each job's correct list", {
    timeout: 900_000,
  }, async () => {
    const app = await startNext({ DATABASE_URL: url, ...CONCURRENCY_SERVER_ENV });
    let answers: BurstAnswer[];
    const started = performance.now();
    try {
      answers = await sendBurst([app.url], world);
    } finally {
      await app.stop();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`[concurrency] ${kind}: 40 recalculations and ${world.changes.length} status changes over HTTP in ${seconds} s`);
    await withDatabase(url, (db) => expectBurstOutcome(db, world, answers));
  });
});

describe.runIf(kind === "postgres")("rejections made while a recalculation waits for the job", () => {
  it("more of them than the ranking's spare places still leave a full top 50", { timeout: 300_000 }, async () => {
    const t = await createTestDatabase();
    const locker = new pg.Client({ connectionString: t.url });
    try {
      await seed(t.db, eligibleCandidates(90));
      const job = await jobId(t.db);
      await recalculateJob(t.db, job, { trigger: "test" });
      const top15 = await t.db.candidateMatching.findMany({
        where: { jobId: job, rank: { lte: 15 } },
        select: { id: true, candidate: { select: { externalId: true } } },
      });
      // The test holds the job's lock, as a recruiter's status change does, so the recalculation
      // ranks first and then waits to save; the 15 rejections land in between.
      await locker.connect();
      await locker.query(`BEGIN`);
      await locker.query(`SELECT id FROM "Job" WHERE id = $1 FOR NO KEY UPDATE`, [job]);
      const running = recalculateJob(t.db, job, { trigger: "test" });
      await until(
        "the recalculation to wait for the job",
        async () =>
          (
            await t.db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%FOR NO KEY UPDATE%'`
          )[0]!.n > 0n,
      );
      await locker.query(`UPDATE "CandidateMatching" SET status = 'REJECTED' WHERE id = ANY($1::uuid[])`, [top15.map((row) => row.id)]);
      await locker.query(`COMMIT`);
      expect((await running).ranked).toBe(50);
      const statuses = new Map(top15.map((row) => [row.candidate.externalId!, "REJECTED"]));
      expect(await listState(t.db, job)).toEqual(expectedList(CANDIDATES, statuses));
    } finally {
      await locker.end();
      await t.close();
    }
  });
});
