import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareScored } from "../../../lib/scoring/rank-candidates";
import { scoreCandidate } from "../../../lib/scoring/score-candidate";
import { DEFAULT_WEIGHTS, validateWeights } from "../../../lib/scoring/weights";
import { candidateArb, jobArb, responseArb } from "../../helpers/arbitraries";
import { makeCandidate, makeJob } from "../../helpers/features";
import { rankCandidates } from "../../helpers/rank-candidates";

describe("scoreCandidate", () => {
  it("weighs the eight criteria 25/20/15/15/10/8/4/3", () => {
    const breakdown = scoreCandidate(makeJob(), makeCandidate());
    const c = breakdown.criteria;
    const expected =
      (25 * c.skills +
        20 * c.domains +
        15 * c.experience +
        15 * c.feedback +
        10 * c.quizzes +
        8 * c.progression +
        4 * c.badges +
        3 * c.relevance) /
      100;
    expect(breakdown.matchScore).toBeCloseTo(expected, 1);
  });

  it("gives the worked example of docs/scoring.md its numbers", () => {
    const words =
      "backend engineer payments ledgers payouts reconciliation services typescript node.js postgresql kafka docker graphql aws".split(" ");
    const job = makeJob({ domainIds: [10, 11], minYearsExperience: 4, mentionedSkillIds: new Set([7]), textTokens: new Set(words) });
    const candidate = makeCandidate({
      skillIds: new Set([1, 2, 3, 6, 7]),
      yearsOfExperience: 6,
      domainMonths: new Map([[10, 42]]),
      portfolioSkillIds: [[1], [3], [9]],
      testScores: [78, 88],
      feedbackRatings: [5, 4, 4],
      quizScores: [60, 70, 75, 85],
      badgeCount: 1,
      textTokens: [...words.slice(0, 5), "cooking"],
    });
    const breakdown = scoreCandidate(job, candidate, { screeningScore: 80, interviewScore: null });
    expect(breakdown.criteria).toEqual({
      skills: 69.2,
      domains: 80,
      experience: 87.3,
      feedback: 69.6,
      quizzes: 69.5,
      progression: 68.8,
      badges: 20,
      relevance: 41.7,
    });
    expect(breakdown.matchScore).toBe(71.33);
  });

  it("is eligible only with a shared domain and one of the required skills", () => {
    expect(scoreCandidate(makeJob(), makeCandidate()).eligible).toBe(true);
    expect(scoreCandidate(makeJob(), makeCandidate({ domainIds: new Set([99]) })).eligible).toBe(false);
    expect(scoreCandidate(makeJob(), makeCandidate({ skillIds: new Set([5, 6, 7]) })).eligible).toBe(false);
  });

  it("keeps every criterion and the total within [0, 100]", () => {
    fc.assert(
      fc.property(jobArb, candidateArb, responseArb, (job, candidate, response) => {
        const breakdown = scoreCandidate(job, candidate, response);
        for (const value of [breakdown.matchScore, ...Object.values(breakdown.criteria)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("never lowers a score for an added required skill, a higher test score or a badge", () => {
    fc.assert(
      fc.property(
        jobArb,
        candidateArb,
        responseArb,
        fc.nat(),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (job, candidate, response, pick, raise) => {
          const before = scoreCandidate(job, candidate, response).matchScore;
          const skill = job.requiredSkillIds[pick % Math.max(1, job.requiredSkillIds.length)];
          if (skill !== undefined) {
            const withSkill = { ...candidate, skillIds: new Set([...candidate.skillIds, skill]) };
            expect(scoreCandidate(job, withSkill, response).matchScore).toBeGreaterThanOrEqual(before);
          }
          const index = pick % Math.max(1, candidate.testScores.length);
          const tests =
            candidate.testScores.length === 0 ? [raise] : candidate.testScores.map((s, i) => (i === index ? Math.min(100, s + raise) : s));
          if (candidate.testScores.length > 0) {
            expect(scoreCandidate(job, { ...candidate, testScores: tests }, response).matchScore).toBeGreaterThanOrEqual(before);
          }
          expect(scoreCandidate(job, { ...candidate, badgeCount: candidate.badgeCount + 1 }, response).matchScore).toBeGreaterThanOrEqual(
            before,
          );
        },
      ),
    );
  });
});

describe("rankCandidates", () => {
  it("never lists an ineligible candidate and orders best first, deterministically", () => {
    fc.assert(
      fc.property(jobArb, fc.uniqueArray(candidateArb, { selector: (c) => c.id, maxLength: 30 }), (job, candidates) => {
        const ranked = rankCandidates(job, candidates);
        const reversed = rankCandidates(job, [...candidates].reverse());
        expect(ranked.map((r) => r.candidateId)).toEqual(reversed.map((r) => r.candidateId));
        for (const entry of ranked) {
          const candidate = candidates.find((c) => c.id === entry.candidateId)!;
          expect(job.domainIds.some((id) => candidate.domainIds.has(id))).toBe(true);
          expect(job.requiredSkillIds.some((id) => candidate.skillIds.has(id) || candidate.impliedSkills.has(id))).toBe(true);
        }
        for (let i = 1; i < ranked.length; i++) expect(compareScored(ranked[i - 1]!, ranked[i]!)).toBeLessThan(0);
      }),
    );
  });

  it("breaks a tie in score by candidate id", () => {
    const a = makeCandidate({ id: "00000000-0000-4000-8000-00000000000b" });
    const b = makeCandidate({ id: "00000000-0000-4000-8000-00000000000a" });
    expect(rankCandidates(makeJob(), [a, b]).map((r) => r.candidateId)).toEqual([b.id, a.id]);
  });
});

describe("weights", () => {
  it("must sum to 100", () => {
    expect(() => validateWeights({ ...DEFAULT_WEIGHTS, badges: 5 })).toThrow(/sum to 100, got 101/);
    expect(validateWeights(DEFAULT_WEIGHTS)).toEqual(DEFAULT_WEIGHTS);
  });
});
