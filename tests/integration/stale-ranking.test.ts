import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../lib/catalog/load-catalog";
import { recalculateJob } from "../../lib/matching";
import { contenderSource } from "../../lib/matching/contender-source";
import { loadCandidateFeatures } from "../../lib/matching/load-candidates";
import { loadJobs } from "../../lib/matching/load-jobs";
import { MAX_RANKING_ATTEMPTS, rankAndSave, RANKED } from "../../lib/matching/rank-and-save";
import { TOP_N } from "../../lib/matching/plan-matchings";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { eligibleCandidates, jobId, matchingsOf, seed } from "../helpers/fixtures";

// A ranking goes stale when recruiters reject more of it than its spares between the ranking and
// its save. Here a recruiter does exactly that during every pass (inside `prepare`, after the
// pass read the rejections), as fast as the recalculation can rank.
let t: TestDatabase;
let job: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, eligibleCandidates(120));
  job = await jobId(t.db);
  await recalculateJob(t.db, job, { trigger: "first" });
});
afterAll(() => t.close());

/** Rejects the best-ranked candidates not yet rejected: enough that the ranking no longer fills the top. */
async function rejectMoreThanTheSpares() {
  const rows = await t.db.candidateMatching.findMany({
    where: { jobId: job, status: { not: "REJECTED" }, rank: { not: null } },
    orderBy: { rank: "asc" },
    take: RANKED - TOP_N + 1,
  });
  await t.db.candidateMatching.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { status: "REJECTED" } });
}

async function rankWhileRejecting(passesWithRejections: number) {
  const catalog = await loadCatalog(t.db);
  const [loaded] = await loadJobs(t.db, catalog, { ids: [job] });
  const asOf = new Date();
  let passes = 0;
  const outcome = rankAndSave(t.db, catalog, loaded!, async (kept) => {
    const source = await contenderSource(t.db, loaded!, (ids) => loadCandidateFeatures(t.db, ids, asOf), asOf, kept);
    if (++passes <= passesWithRejections) await rejectMoreThanTheSpares();
    return source;
  });
  return { outcome, passes: () => passes };
}

describe("a ranking that goes stale", () => {
  it("is ranked again with the new rejections, and saved", async () => {
    const { outcome, passes } = await rankWhileRejecting(1);
    expect((await outcome).ranked).toBe(TOP_N);
    expect(passes()).toBe(2);
    const rows = [...(await matchingsOf(t.db, job)).values()];
    expect(rows.filter((row) => row.status === "REJECTED").every((row) => row.rank === null)).toBe(true);
    expect(rows.filter((row) => row.rank !== null)).toHaveLength(TOP_N);
  });

  it(`fails clearly after ${MAX_RANKING_ATTEMPTS} stale passes, its list unchanged`, async () => {
    const before = await matchingsOf(t.db, job);
    const { outcome, passes } = await rankWhileRejecting(Infinity);
    await expect(outcome).rejects.toThrow(
      new RegExp(
        `^Job ${job}: recruiters rejected candidates of its ranking faster than it could be saved \\(${MAX_RANKING_ATTEMPTS} attempts\\)`,
      ),
    );
    expect(passes()).toBe(MAX_RANKING_ATTEMPTS);
    // Only the statuses the recruiter changed differ: no rank or score was written.
    const ranksAndScores = (rows: typeof before) => Object.fromEntries([...rows].map(([id, row]) => [id, [row.rank, row.matchScore]]));
    expect(ranksAndScores(await matchingsOf(t.db, job))).toEqual(ranksAndScores(before));
  });
});
