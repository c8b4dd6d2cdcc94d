import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadCatalog } from "../../lib/catalog/load-catalog";
import { recalculateAllJobs, recalculateJob } from "../../lib/matching";
import { BOUND_MARGIN, findContenders } from "../../lib/matching/find-contenders";
import { loadCandidateFeatures } from "../../lib/matching/load-candidates";
import { loadJobs, type LoadedJob } from "../../lib/matching/load-jobs";
import { DOMAINS } from "../../lib/scoring/criteria/domains-score";
import { QUIZZES } from "../../lib/scoring/criteria/quizzes-score";
import type { RankKey } from "../../lib/scoring/rank-candidates";
import { scoreCandidate } from "../../lib/scoring/score-candidate";
import { prepareJob, scoreKey, scoringInput } from "../../lib/scoring/score-key";
import type { CandidateFeatures } from "../../lib/scoring/types";
import { fixtureJob, jobId, matchingsOf, seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// lib/scoring is the one source of every formula's numbers: change a coefficient there and every
// path follows. The formulas read the objects their modules export, so changing an object's value
// changes the criterion everywhere: a job-independent one (quiz volume, computed in SQL from the
// summary's raw counts) and a job-dependent one (covering the job's domains).
vi.mock("../../lib/scoring/criteria/quizzes-score", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/scoring/criteria/quizzes-score")>();
  Object.assign(original.QUIZZES, { volumeShare: 10 });
  return original;
});
vi.mock("../../lib/scoring/criteria/domains-score", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../lib/scoring/criteria/domains-score")>();
  Object.assign(original.DOMAINS, { requirementShare: 30 });
  return original;
});

let t: TestDatabase;
let job: LoadedJob;
let features: Map<string, CandidateFeatures>;
beforeAll(async () => {
  t = await createTestDatabase();
  // No positions, headline or portfolio: nothing is bounded loosely but relevance, which is none.
  const quizzes = (count: number, score: number) =>
    Array.from({ length: count }, (_, i) => ({ topic: "Q", score, completedAt: `2026-01-0${i + 1}` }));
  await seed(
    t.db,
    [
      { externalId: "c-half", name: "Half", skills: ["TypeScript"], domains: ["Fintech"], quizzes: quizzes(5, 80) },
      { externalId: "c-both", name: "Both", skills: ["TypeScript"], domains: ["Fintech", "Health"], quizzes: quizzes(2, 50) },
    ],
    [
      fixtureJob("j-1", {
        title: "Engineer",
        description: "Payments",
        domains: ["Fintech", "Health"],
        minYearsExperience: 0,
        skills: ["TypeScript"],
      }),
    ],
  );
  [job] = (await loadJobs(t.db, await loadCatalog(t.db), { ids: [await jobId(t.db, "j-1")] })) as [LoadedJob];
  features = await loadCandidateFeatures(
    t.db,
    (await t.db.candidate.findMany({ select: { id: true } })).map((row) => row.id),
    new Date(),
  );
});
afterAll(() => t.close());

const byExternalId = async (externalId: string) => features.get((await t.db.candidate.findUniqueOrThrow({ where: { externalId } })).id)!;

describe("a coefficient changed in lib/scoring", () => {
  it("changes scoreCandidate's criteria", async () => {
    expect(QUIZZES.volumeShare).toBe(10);
    expect(DOMAINS.requirementShare).toBe(30);
    const half = scoreCandidate(job.features, await byExternalId("c-half"));
    // Five quizzes at 80: a level of (2·50 + 5·80) / 7, and the whole volume share.
    expect(half.criteria.quizzes).toBe(Math.round((0.7 * (500 / 7) + 10) * 10) / 10);
    expect(half.criteria.domains).toBe(30);
    // Skills 95, domains 30, experience 40 (no minimum), feedback 50, quizzes 60, progression 50.
    expect(half.matchScore).toBe(53.25);
  });

  it("changes the ranking's fast path alike", () => {
    const dictionary = new Map<string, number>();
    const inputs = [...features.values()].map((candidate) => scoringInput(candidate, dictionary));
    const prepared = prepareJob(job.features, dictionary);
    for (const input of inputs) {
      const key: RankKey = { candidateId: "", matchScore: 0, skills: 0, domains: 0 };
      expect(scoreKey(prepared, input, undefined, key)).toBe(true);
      expect(key.matchScore).toBe(scoreCandidate(job.features, input.features).matchScore);
    }
  });

  it("changes the SQL bounds alike: exact here, where nothing is bounded loosely", async () => {
    const { contenders } = await findContenders(t.db, job.features, { k: 10, responders: [], asOf: new Date() });
    expect(contenders).toHaveLength(2);
    for (const contender of contenders) {
      const real = scoreCandidate(job.features, features.get(contender.id)!).matchScore;
      // The match score is rounded to two decimals.
      expect(Math.abs(contender.low + BOUND_MARGIN - real)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  it("changes what both recalculations store", async () => {
    const id = await jobId(t.db, "j-1");
    const scoreOf = async (externalId: string) =>
      [externalId, scoreCandidate(job.features, await byExternalId(externalId)).matchScore] as const;
    const expected = async () => new Map(await Promise.all(["c-half", "c-both"].map(scoreOf)));
    const stored = async () => new Map([...(await matchingsOf(t.db, id))].map(([externalId, row]) => [externalId, row.matchScore]));
    await recalculateJob(t.db, id, { trigger: "test" });
    expect(await stored()).toEqual(await expected());
    await t.db.candidateMatching.deleteMany();
    await recalculateAllJobs(t.db, { trigger: "test" });
    expect(await stored()).toEqual(await expected());
    expect((await stored()).get("c-half")).toBe(53.25);
  });
});
