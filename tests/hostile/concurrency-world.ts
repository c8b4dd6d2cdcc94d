import { expect } from "vitest";
import { createApiKey } from "../../lib/auth/api-keys";
import type { Db } from "../../lib/db";
import { recalculateJob } from "../../lib/matching";
import { expectedList, listState } from "../helpers/expected-list";
import { eligibleCandidates, fixtureJob, jobId, seed } from "../helpers/fixtures";

// Recalculations and recruiters' decisions at once, over HTTP: the hot job recalculated 20 times
// at once, 20 other jobs once each, and 85 status changes in the middle. Shared by the test with
// one `next start` (concurrency.test.ts) and the one with two on one PostgreSQL (multi-process.test.ts).

const OTHERS = Array.from({ length: 20 }, (_, i) => `j-${String(i + 1).padStart(2, "0")}`);
const JOBS = ["j-hot", ...OTHERS];
export const CANDIDATES = eligibleCandidates(90).map((c) => c.externalId);
const RECALCULATIONS = [...Array.from({ length: 20 }, () => "j-hot"), ...OTHERS];

type Decision = "VIEWED" | "CONTACTED" | "REJECTED";

export type ConcurrencyWorld = {
  key: string;
  /** Job externalId → id. */
  jobs: Map<string, string>;
  /** What the test asks for: each row gets one decision, so the expected end is known. */
  changes: { job: string; candidate: string; matchingId: string; status: Decision }[];
};

/**
 * The server's settings: no Inngest server, so recalculations run in the request. The burst is
 * one workspace's 40 recalculations at once: its share of the in-request queue is raised so all
 * of them wait their turn (shared-limits.test.ts tests the share itself).
 */
export const CONCURRENCY_SERVER_ENV = {
  INNGEST_DEV: "",
  INNGEST_EVENT_KEY: "",
  API_RATE_LIMIT_PER_MINUTE: "100000",
  RECALCULATION_QUEUE_PER_WORKSPACE: "100",
};

/** 90 candidates, 21 jobs ranked once, an API key, and the decisions to make on their rows. */
export async function buildConcurrencyWorld(db: Db): Promise<ConcurrencyWorld> {
  await seed(
    db,
    eligibleCandidates(90),
    JOBS.map((id) => fixtureJob(id)),
  );
  const key = (await createApiKey(db, "acme", "concurrency")).key;
  const jobs = new Map<string, string>();
  const changes: ConcurrencyWorld["changes"] = [];
  for (const external of JOBS) {
    const id = await jobId(db, external);
    jobs.set(external, id);
    await recalculateJob(db, id, { trigger: "test" });
    const rows = await db.candidateMatching.findMany({
      where: { jobId: id },
      select: { id: true, rank: true, candidate: { select: { externalId: true } } },
    });
    const byRank = new Map(rows.map((row) => [row.rank, row]));
    // The hot job loses 15 of its top 50 at once: more than a recalculation's spare ranks.
    const picks: [number, Decision][] =
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
  return { key, jobs, changes };
}

export type BurstAnswer = { what: string; status: number; body: unknown };

/**
 * Sends the 40 recalculations and every decision at once, each request to the next of `bases`
 * in turn (one server, or several processes on one database).
 */
export async function sendBurst(bases: readonly string[], world: ConcurrencyWorld): Promise<BurstAnswer[]> {
  let sent = 0;
  const call = (what: string, method: string, route: string, body?: unknown) =>
    fetch(`${bases[sent++ % bases.length]}${route}`, {
      method,
      headers: { Authorization: `Bearer ${world.key}`, "Content-Type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).then(async (response) => ({ what, status: response.status, body: (await response.json()) as unknown }));
  return Promise.all([
    ...RECALCULATIONS.map((external) => call(`recalculate ${external}`, "POST", `/api/jobs/${world.jobs.get(external)}/recalculate`)),
    ...world.changes.map((change) =>
      call(`${change.job} ${change.candidate} ${change.status}`, "PATCH", `/api/matching/${change.matchingId}`, { status: change.status }),
    ),
  ]);
}

/**
 * What must hold once the burst is answered: every request answered 200, no duplicate row, each
 * job's ranks a full 1..50, every acknowledged decision kept, one more run ranking exactly as the
 * rules say, and the 40 manual runs all succeeded.
 */
export async function expectBurstOutcome(db: Db, world: ConcurrencyWorld, answers: readonly BurstAnswer[]): Promise<void> {
  // Every request answered: none lost to a deadlock, a timeout or a 500.
  expect(answers.filter((answer) => answer.status !== 200)).toEqual([]);
  const duplicates = await db.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM (SELECT 1 FROM "CandidateMatching" GROUP BY "jobId", "candidateId" HAVING count(*) > 1) d`;
  expect(Number(duplicates[0]?.n)).toBe(0);
  for (const external of JOBS) {
    const id = world.jobs.get(external)!;
    const state = await listState(db, id);
    const ranks = Object.values(state).flatMap((row) => (row.rank === null ? [] : [row.rank]));
    // A decision made after a job's last run leaves that row's rank as it was: still a full 1..50.
    expect(
      ranks.sort((a, b) => a - b),
      `${external}'s ranks`,
    ).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const decided = world.changes.filter((change) => change.job === external);
    for (const change of decided) expect(state[change.candidate]?.status, `${external} ${change.candidate}`).toBe(change.status);

    // Decisions made while it ran may not be in its ranks yet: one more run must rank exactly as the rules say.
    await recalculateJob(db, id, { trigger: "test" });
    const statuses = new Map(decided.map((change) => [change.candidate, change.status as string]));
    expect(await listState(db, id), external).toEqual(expectedList(CANDIDATES, statuses));
  }
  const runs = await db.matchingRun.groupBy({ by: ["status"], _count: true, where: { trigger: "manual" } });
  expect(runs).toEqual([{ status: "SUCCEEDED", _count: RECALCULATIONS.length }]);
}
