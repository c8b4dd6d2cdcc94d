import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../lib/catalog/load-catalog";
import { importData } from "../../lib/import/import-data";
import { experienceBounds } from "../../lib/matching/experience-bounds";
import { readSummaryDetails } from "../../lib/matching/summary-details";
import { BOUND_MARGIN, findContenders } from "../../lib/matching/find-contenders";
import { loadCandidateFeatures } from "../../lib/matching/load-candidates";
import { loadJobs } from "../../lib/matching/load-jobs";
import { loadResponses } from "../../lib/matching/load-responses";
import { badgesScore } from "../../lib/scoring/criteria/badges-score";
import { domainsScore } from "../../lib/scoring/criteria/domains-score";
import { experienceScore } from "../../lib/scoring/criteria/experience-score";
import { feedbackScore } from "../../lib/scoring/criteria/feedback-score";
import { progressionScore } from "../../lib/scoring/criteria/progression-score";
import { quizzesScore } from "../../lib/scoring/criteria/quizzes-score";
import { skillsScore } from "../../lib/scoring/criteria/skills-score";
import { clamp, scoreCandidate } from "../../lib/scoring/score-candidate";
import type { CandidateFeatures, JobFeatures } from "../../lib/scoring/types";
import { WEIGHTS, type Criterion } from "../../lib/scoring/weights";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// CandidateSummary is kept by triggers; the single-job recalculation bounds scores with it.
// Here: the bounds hold for random candidates and jobs, whatever wrote the candidate.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const SKILLS = ["TypeScript", "React", "Go", "Rust", "SQL", "Kafka", "Docker"];
const DOMAINS = ["Fintech", "Health", "Games"];
const WORDS = ["payments", "platform", "cloud", "data", "frontend", "senior"];
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const score = fc.double({ min: 0, max: 100, noNaN: true });

const candidateArb = (n: number) =>
  fc.record({
    externalId: fc.constant(`p-${n}`),
    name: fc.constant(`P ${n}`),
    headline: fc.subarray(WORDS).map((words) => words.join(" ")),
    yearsOfExperience: fc.double({ min: 0, max: 25, noNaN: true }),
    skills: fc.subarray(SKILLS),
    domains: fc.subarray(DOMAINS),
    experiences: fc.array(
      fc.record({
        title: fc.constantFrom(...WORDS),
        domain: fc.option(fc.constantFrom(...DOMAINS), { nil: null }),
        startDate: fc.integer({ min: 0, max: 400 }).map(day),
        endDate: fc.option(fc.constant(day(500)), { nil: null }),
      }),
      { maxLength: 3 },
    ),
    portfolio: fc.array(fc.record({ title: fc.constant("Item"), skills: fc.subarray(SKILLS) }), { maxLength: 4 }),
    technicalTests: fc.array(fc.record({ name: fc.constant("T"), score, completedAt: fc.constant(day(10)) }), { maxLength: 5 }),
    feedbacks: fc.array(fc.record({ rating: fc.integer({ min: 1, max: 5 }) }), { maxLength: 7 }),
    quizzes: fc.array(fc.record({ topic: fc.constant("Q"), score, completedAt: fc.integer({ min: 0, max: 30 }).map(day) }), {
      maxLength: 9,
    }),
    badges: fc.array(fc.record({ name: fc.constant("B"), awardedAt: fc.constant(day(5)) }), { maxLength: 4 }),
  });

const jobArb = fc.record({
  externalId: fc.constant("p-job"),
  workspace: fc.constant("acme"),
  title: fc.subarray(WORDS, { minLength: 1 }).map((words) => words.join(" ")),
  description: fc.subarray([...WORDS, ...SKILLS]).map((words) => words.join(" ")),
  status: fc.constant("ACTIVE"),
  skills: fc.subarray(SKILLS, { minLength: 1, maxLength: 4 }),
  niceToHaveSkills: fc.subarray(SKILLS, { maxLength: 3 }),
  domains: fc.subarray(DOMAINS, { minLength: 1 }),
  minYearsExperience: fc.integer({ min: 0, max: 10 }),
  // Those of its required skills marked must-have, and a minimum share of them, both mostly unset.
  mustHave: fc.oneof({ weight: 2, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray(SKILLS, { maxLength: 2 }) }),
  minSkillsCoverage: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }),
});

const populationArb = fc.record({
  candidates: fc.tuple(...Array.from({ length: 6 }, (_, i) => candidateArb(i))),
  job: jobArb,
  responses: fc.array(
    fc.record({
      candidate: fc.integer({ min: 0, max: 5 }),
      screeningScore: fc.option(score, { nil: null }),
      interviewScore: fc.option(score, { nil: null }),
    }),
    { maxLength: 3 },
  ),
  // Written after the import, past it: a direct write must reach the summary too.
  extraTest: fc.option(fc.record({ candidate: fc.integer({ min: 0, max: 5 }), score }), { nil: null }),
});

// Implications between the skills, acyclic: a skill may imply only skills listed before it.
const pairs = SKILLS.flatMap((general, i) => SKILLS.slice(i + 1).map((specific) => [specific, general] as const));
const implicationsArb = fc.subarray(pairs, { maxLength: 8 });

/** Replaces every implication, then refreshes the closure and every summary, as an operator's change does. */
async function setImplications(pairs: readonly (readonly [string, string])[]) {
  const ids = new Map((await t.db.skill.findMany()).map((skill) => [skill.name, skill.id]));
  await t.db.skillImplication.deleteMany();
  const known = pairs.filter(([specific, general]) => ids.has(specific) && ids.has(general));
  await t.db.skillImplication.createMany({
    data: known.map(([specific, general]) => ({ skillId: ids.get(specific)!, impliesId: ids.get(general)!, source: "OPERATOR" as const })),
  });
  await t.db.$executeRaw`SELECT refresh_skill_closure()`;
  await t.db.$executeRaw`SELECT refresh_candidate_summary(array_agg(id)) FROM "Candidate"`;
}

const weighted = (criterion: Criterion, score: number) => (WEIGHTS[criterion] * clamp(score)) / 100;

/**
 * The lower bound without its margin, computed with lib/scoring's functions: every criterion but
 * the years in the job's domains (taken as none), relevance (none) and, for a candidate who
 * responded to the job, feedback (none) is exact.
 */
function exactLow(job: JobFeatures, candidate: CandidateFeatures, responded: boolean): number {
  return (
    weighted("skills", skillsScore(job, candidate).score) +
    weighted("domains", domainsScore(job, candidate).score) +
    weighted("experience", experienceScore(job, { ...candidate, domainMonths: new Map() }).score) +
    (responded ? 0 : weighted("feedback", feedbackScore(candidate, undefined).score)) +
    weighted("quizzes", quizzesScore(candidate).score) +
    weighted("progression", progressionScore(candidate).score) +
    weighted("badges", badgesScore(candidate.badgeCount))
  );
}

/** Whether two of the candidate's positions in one of these domains overlap (counted twice by the bound). */
async function overlapping(candidateId: string, domainIds: readonly number[], asOf: Date): Promise<boolean> {
  const spans = (await t.db.experience.findMany({ where: { candidateId, domainId: { in: [...domainIds] } } }))
    .map((p) => ({ domain: p.domainId, start: p.startDate.getTime(), end: Math.min(p.endDate?.getTime() ?? Infinity, asOf.getTime()) }))
    .filter((span) => span.end > span.start);
  return spans.some((a, i) => spans.some((b, j) => i !== j && a.domain === b.domain && a.start < b.end && b.start < a.end));
}

type Population = typeof populationArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes a random population (and implications), then checks the bounds of every eligible candidate. */
async function checkBounds({ candidates, job, responses, extraTest }: Population, implications: readonly (readonly [string, string])[]) {
  await importData(t.db, {
    workspaces: [{ slug: "acme", name: "Acme" }],
    candidates,
    jobs: [
      {
        ...(({ mustHave: _, ...rest }) => rest)(job),
        skills: job.skills.map((name) => (job.mustHave.includes(name) ? { name, mustHave: true } : name)),
        niceToHaveSkills: job.niceToHaveSkills.filter((skill) => !job.skills.includes(skill)),
      },
    ],
    responses: [
      ...new Map(
        responses.map((r) => [
          r.candidate,
          { job: "p-job", candidate: `p-${r.candidate}`, screeningScore: r.screeningScore, interviewScore: r.interviewScore },
        ]),
      ).values(),
    ],
  });
  if (extraTest) {
    const { id } = await t.db.candidate.findUniqueOrThrow({ where: { externalId: `p-${extraTest.candidate}` } });
    await t.db.technicalTest.create({ data: { candidateId: id, name: "Extra", score: extraTest.score, completedAt: new Date() } });
  }
  await setImplications(implications);
  const [loaded] = await loadJobs(t.db, await loadCatalog(t.db), {
    ids: [(await t.db.job.findUniqueOrThrow({ where: { externalId: "p-job" } })).id],
  });
  const ids = (await t.db.candidate.findMany({ select: { id: true } })).map((row) => row.id);
  const asOf = new Date();
  const features = await loadCandidateFeatures(t.db, ids, asOf);
  const jobResponses = (await loadResponses(t.db, [loaded!.id])).get(loaded!.id) ?? new Map();
  const bounds = await findContenders(t.db, loaded!.features, { k: 1_000_000, responders: [...jobResponses.keys()], asOf });

  const eligible = [...features.values()].filter((candidate) => scoreCandidate(loaded!.features, candidate).eligible);
  expect(bounds.eligible).toBe(eligible.length);
  expect(bounds.contenders.map((c) => c.id).sort()).toEqual(eligible.map((c) => c.id).sort());
  for (const contender of bounds.contenders) {
    const candidate = features.get(contender.id)!;
    const real = scoreCandidate(loaded!.features, candidate, jobResponses.get(contender.id)).matchScore;
    expect(contender.low).toBeLessThanOrEqual(real);
    expect(contender.high).toBeGreaterThanOrEqual(real);
    // Tight, not merely true: the SQL's formulas are lib/scoring's, to floating-point noise.
    expect(contender.low + BOUND_MARGIN).toBeCloseTo(exactLow(loaded!.features, candidate, jobResponses.has(contender.id)), 6);
  }

  // Experience, bounded from the summary's portfolio and positions: the portfolio part exact,
  // years in the job's domains exact too unless two of those positions overlap.
  const bound = experienceBounds(loaded!.features);
  const details = await readSummaryDetails(
    t.db,
    eligible.map((c) => c.id),
    loaded!.features,
    asOf,
  );
  expect(details).toHaveLength(eligible.length);
  for (const summary of details) {
    const candidate = features.get(summary.id)!;
    const { low, high } = bound(candidate.yearsOfExperience, summary);
    const experience = experienceScore(loaded!.features, candidate);
    expect(low).toBeCloseTo(weighted("experience", experienceScore(loaded!.features, { ...candidate, domainMonths: new Map() }).score), 9);
    expect(high).toBeGreaterThanOrEqual(weighted("experience", experience.score) - 1e-9);
    if (!(await overlapping(candidate.id, loaded!.features.domainIds, asOf)))
      expect(high).toBeCloseTo(weighted("experience", experience.score), 9);
  }
}

describe("the single-job recalculation's score bounds (CandidateSummary)", () => {
  it("never lies: low ≤ scoreCandidate's match score ≤ high for every eligible candidate, and only they are counted", async () => {
    await fc.assert(
      fc.asyncProperty(populationArb, (population) => checkBounds(population, [])),
      { numRuns: 25 },
    );
  }, 300_000);

  // Needs implied skills scored (loadCandidateFeatures and skillsScore, branch scoring-ts).
  it("never lies with implications between skills, eligibility through them counted", async () => {
    await fc.assert(fc.asyncProperty(populationArb, implicationsArb, checkBounds), { numRuns: 20 });
  }, 300_000);

  it("follows every change of a candidate (portfolio and positions included), and goes with them", async () => {
    // Whatever the properties above left: no skill implies another here.
    await setImplications([]);
    const { id } = await t.db.candidate.create({ data: { name: "Direct", yearsOfExperience: 4 } });
    const summary = () => t.db.candidateSummary.findUnique({ where: { candidateId: id } });
    const none = {
      testCount: 0,
      testSum: 0,
      ratingCount: 0,
      ratingSum: 0,
      quizCount: 0,
      quizSum: 0,
      quizOlderSum: 0,
      quizNewerSum: 0,
      badgeCount: 0,
    };
    expect(await summary()).toMatchObject({ skillIds: [], domainIds: [], yearsOfExperience: 4, ...none });
    const skill = await t.db.skill.findFirstOrThrow();
    await t.db.candidateSkill.create({ data: { candidateId: id, skillId: skill.id } });
    await t.db.badge.createMany({ data: [1, 2].map(() => ({ candidateId: id, name: "B", awardedAt: new Date() })) });
    await t.db.feedback.create({ data: { candidateId: id, rating: 5 } });
    await t.db.candidate.update({ where: { id }, data: { yearsOfExperience: 9 } });
    expect(await summary()).toMatchObject({ skillIds: [skill.id], yearsOfExperience: 9, badgeCount: 2, ratingCount: 1, ratingSum: 5 });
    // The bitmap the contenders query counts skills with: bit n of byte n / 8 for skill n.
    const bits = (await summary())!.skillBits;
    expect(bits.length).toBe(Math.floor(skill.id / 8) + 1);
    expect([...bits].flatMap((byte, i) => [0, 1, 2, 3, 4, 5, 6, 7].filter((b) => byte & (1 << b)).map((b) => i * 8 + b))).toEqual([
      skill.id,
    ]);
    // Quizzes: the older and the newer half by completion date, the middle one of an odd number in neither.
    await t.db.quizAttempt.createMany({
      data: [70, 10, 40, 20, 90].map((score, i) => ({
        candidateId: id,
        topic: "Q",
        score,
        completedAt: new Date(Date.UTC(2024, 0, [5, 1, 3, 2, 4][i]!)),
      })),
    });
    await t.db.technicalTest.create({ data: { candidateId: id, name: "T", score: 61.5, completedAt: new Date() } });
    expect(await summary()).toMatchObject({
      quizCount: 5,
      quizSum: 230,
      quizOlderSum: 10 + 20,
      quizNewerSum: 90 + 70,
      testCount: 1,
      testSum: 61.5,
    });
    const domain = await t.db.domain.findFirstOrThrow();
    const start = new Date(Date.UTC(2020, 0, 1));
    await t.db.experience.createMany({
      data: [
        { candidateId: id, title: "Open", domainId: domain.id, startDate: start },
        { candidateId: id, title: "Closed", domainId: domain.id, startDate: start, endDate: new Date(Date.UTC(2021, 0, 1)) },
        { candidateId: id, title: "No domain", startDate: start },
      ],
    });
    await t.db.portfolioItem.createMany({
      data: [
        { candidateId: id, title: "A", skillIds: [skill.id, 9999] },
        { candidateId: id, title: "B", skillIds: [] },
      ],
    });
    const details = await summary();
    expect(details!.positionDomainIds).toEqual([domain.id, domain.id]);
    expect([...details!.positionStarts].sort()).toEqual([start.getTime(), start.getTime()]);
    // An open position ends at JavaScript's last date, so that min(end, today) is today.
    expect([...details!.positionEnds].sort((a, b) => a - b)).toEqual([Date.UTC(2021, 0, 1), 8.64e15]);
    expect(details!.portfolioItemSizes.slice().sort()).toEqual([0, 2]);
    expect(details!.portfolioSkillIds.slice().sort((a, b) => a - b)).toEqual([skill.id, 9999]);
    await t.db.experience.updateMany({ where: { candidateId: id, title: "Open" }, data: { domainId: null } });
    await t.db.portfolioItem.deleteMany({ where: { candidateId: id, title: "A" } });
    expect(await summary()).toMatchObject({
      positionDomainIds: [domain.id],
      positionEnds: [Date.UTC(2021, 0, 1)],
      portfolioItemSizes: [0],
      portfolioSkillIds: [],
    });
    await t.db.candidateSkill.deleteMany({ where: { candidateId: id } });
    await t.db.badge.deleteMany({ where: { candidateId: id } });
    await t.db.quizAttempt.deleteMany({ where: { candidateId: id, score: { gt: 50 } } });
    expect(await summary()).toMatchObject({ skillIds: [], badgeCount: 0, quizCount: 3, quizSum: 70, quizOlderSum: 10, quizNewerSum: 40 });
    expect((await summary())!.skillBits.length).toBe(0);
    await t.db.candidate.delete({ where: { id } });
    expect(await summary()).toBeNull();
  });
});
