import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiKey } from "../../lib/auth/api-keys";
import { recalculateJob } from "../../lib/matching";
import { expectedList, listState } from "../helpers/expected-list";
import { eligibleCandidates, fixtureJob, jobId, seed } from "../helpers/fixtures";
import { startNext } from "../helpers/next-server";
import { createDatabaseUrl, createTestDatabase, withDatabase } from "../helpers/test-database";
import { until } from "../helpers/fault-injection";

// Recalculations and recruiters' decisions at once, over HTTP against `next start`: the hot job
// recalculated 20 times at once, 20 other jobs once each, and 85 status changes in the middle.
const kind = inject("databaseTemplate").kind;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-concurrency-"));
const OTHERS = Array.from({ length: 20 }, (_, i) => `j-${String(i + 1).padStart(2, "0")}`);
const CANDIDATES = eligibleCandidates(90).map((c) => c.externalId);
let url: string;
let drop: () => Promise<void>;
let key: string;
const jobs = new Map<string, string>();
// Matching id → what the test asks for: each row gets one decision, so the expected end is known.
const changes: { job: string; candidate: string; matchingId: string; status: "VIEWED" | "CONTACTED" | "REJECTED" }[] = [];

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await seed(
      db,
      eligibleCandidates(90),
      ["j-hot", ...OTHERS].map((id) => fixtureJob(id)),
    );
    key = (await createApiKey(db, "acme", "concurrency")).key;
    for (const external of ["j-hot", ...OTHERS]) {
      const id = await jobId(db, external);
      jobs.set(external, id);
      await recalculateJob(db, id, { trigger: "test" });
      const rows = await db.candidateMatching.findMany({
        where: { jobId: id },
        select: { id: true, rank: true, candidate: { select: { externalId: true } } },
      });
      const byRank = new Map(rows.map((row) => [row.rank, row]));
      // The hot job loses 15 of its top 50 at once: more than a recalculation's spare ranks.
      const picks: [number, "VIEWED" | "CONTACTED" | "REJECTED"][] =
        external === "j-hot"
          ? [
              ...Array.from({ length: 15 }, (_, i) => [i * 3 + 1, "REJECTED"] as [number, "REJECTED"]),
              ...[2, 5, 8, 49, 50].map((rank) => [rank, "CONTACTED"] as [number, "CONTACTED"]),
              ...[3, 6, 9, 47, 48].map((rank) => [rank, "VIEWED"] as [number, "VIEWED"]),
            ]
          : [
              [1, "REJECTED"],
              [2, "CONTACTED"],
              [50, "VIEWED"],
            ];
      for (const [rank, status] of picks) {
        const row = byRank.get(rank)!;
        changes.push({ job: external, candidate: row.candidate.externalId!, matchingId: row.id, status });
      }
    }
  });
}, 600_000);
afterAll(async () => {
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe(`recalculations and status changes at once (${kind})`, () => {
  it("ends with every acknowledged decision kept, no duplicate row or rank, and each job's correct list", {
    timeout: 900_000,
  }, async () => {
    // The burst is one workspace's 40 recalculations at once: its share of the in-request queue
    // is raised so all of them wait their turn (shared-limits.test.ts tests the share itself).
    const app = await startNext({
      DATABASE_URL: url,
      INNGEST_DEV: "",
      INNGEST_EVENT_KEY: "",
      API_RATE_LIMIT_PER_MINUTE: "100000",
      RECALCULATION_QUEUE_PER_WORKSPACE: "100",
    });
    const call = (method: string, route: string, body?: unknown) =>
      fetch(`${app.url}${route}`, {
        method,
        headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as unknown }));
    let answers: { what: string; status: number; body: unknown }[];
    const started = performance.now();
    try {
      const recalculations = [...Array.from({ length: 20 }, () => "j-hot"), ...OTHERS].map((external) =>
        call("POST", `/api/jobs/${jobs.get(external)}/recalculate`).then((answer) => ({ what: `recalculate ${external}`, ...answer })),
      );
      const decisions = changes.map((change) =>
        call("PATCH", `/api/matching/${change.matchingId}`, { status: change.status }).then((answer) => ({
          what: `${change.job} ${change.candidate} ${change.status}`,
          ...answer,
        })),
      );
      answers = await Promise.all([...recalculations, ...decisions]);
    } finally {
      await app.stop();
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.info(`[concurrency] ${kind}: 40 recalculations and ${changes.length} status changes over HTTP in ${seconds} s`);
    // Every request answered: none lost to a deadlock, a timeout or a 500.
    expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);

    await withDatabase(url, async (db) => {
      const duplicates = await db.$queryRaw<{ n: bigint }[]>`
        SELECT count(*) AS n FROM (SELECT 1 FROM "CandidateMatching" GROUP BY "jobId", "candidateId" HAVING count(*) > 1) d`;
      expect(Number(duplicates[0]?.n)).toBe(0);
      for (const external of ["j-hot", ...OTHERS]) {
        const state = await listState(db, jobs.get(external)!);
        const ranks = Object.values(state).flatMap((row) => (row.rank === null ? [] : [row.rank]));
        // A decision made after a job's last run leaves that row's rank as it was: still a full 1..50.
        expect(
          ranks.sort((a, b) => a - b),
          `${external}'s ranks`,
        ).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
        const decided = changes.filter((change) => change.job === external);
        for (const change of decided) expect(state[change.candidate]?.status, `${external} ${change.candidate}`).toBe(change.status);

        // Decisions made while it ran may not be in its ranks yet: one more run must rank exactly as the rules say.
        await recalculateJob(db, jobs.get(external)!, { trigger: "test" });
        const statuses = new Map(decided.map((change) => [change.candidate, change.status as string]));
        expect(await listState(db, jobs.get(external)!), external).toEqual(expectedList(CANDIDATES, statuses));
      }
      const runs = await db.matchingRun.groupBy({ by: ["status"], _count: true, where: { trigger: "manual" } });
      expect(runs).toEqual([{ status: "SUCCEEDED", _count: 40 }]);
    });
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
