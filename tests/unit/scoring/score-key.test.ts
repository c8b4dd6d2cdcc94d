import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankKey } from "../../../lib/scoring/rank-candidates";
import { candidatePool } from "../../../lib/scoring/candidate-pool";
import { rankTop } from "../../../lib/scoring/rank-top";
import { clamp, scoreCandidate, totalOf } from "../../../lib/scoring/score-candidate";
import { badgesScore } from "../../../lib/scoring/criteria/badges-score";
import { domainsScore } from "../../../lib/scoring/criteria/domains-score";
import { experienceFormula } from "../../../lib/scoring/criteria/experience-score";
import { feedbackScore } from "../../../lib/scoring/criteria/feedback-score";
import { progressionScore } from "../../../lib/scoring/criteria/progression-score";
import { quizzesScore } from "../../../lib/scoring/criteria/quizzes-score";
import { skillsScore } from "../../../lib/scoring/criteria/skills-score";
import { ceilingColumns, prepareJob, scoreCeiling, scoreKey, scoringInput, writeCeilingColumns } from "../../../lib/scoring/score-key";
import { candidateArb, jobArb, responseArb } from "../../helpers/arbitraries";
import { rankCandidates } from "../../helpers/rank-candidates";

describe("the ranking's fast path", () => {
  it("gives exactly scoreCandidate's match score and tie-breakers, and null exactly when not eligible", () => {
    fc.assert(
      fc.property(jobArb, candidateArb, responseArb, (job, candidate, response) => {
        const full = scoreCandidate(job, candidate, response);
        const dictionary = new Map<string, number>();
        const input = scoringInput(candidate, dictionary);
        const key = { candidateId: "", matchScore: 0, skills: 0, domains: 0 };
        const eligible = scoreKey(prepareJob(job, dictionary), input, response, key);
        expect(eligible).toBe(full.eligible);
        if (eligible) expect(key).toEqual(rankKey({ candidateId: candidate.id, breakdown: full }));
      }),
      { numRuns: 2000 },
    );
  });

  it("puts a candidate's score ceiling at or above their match score, from their columns alone", () => {
    fc.assert(
      fc.property(jobArb, candidateArb, fc.option(responseArb, { nil: undefined }), (job, candidate, response) => {
        const full = scoreCandidate(job, candidate, response);
        const skills = skillsScore(job, candidate);
        const dictionary = new Map<string, number>();
        const input = scoringInput(candidate, dictionary);
        const columns = ceilingColumns(2);
        writeCeilingColumns(columns, 1, input);
        const feedback = response && clamp(feedbackScore(candidate, response).score);
        const ceiling = scoreCeiling(
          prepareJob(job, dictionary),
          columns,
          1,
          feedback,
          skills.counts,
          domainsScore(job, candidate).shared.length,
        );
        expect(ceiling).toBeGreaterThanOrEqual(full.matchScore);
        // Never above the score with experience's domain years and portfolio and relevance at their best.
        const best = [
          skills.score,
          domainsScore(job, candidate).score,
          experienceFormula(job, candidate, Infinity, Infinity),
          feedbackScore(candidate, response).score,
          quizzesScore(candidate).score,
          progressionScore(candidate).score,
          badgesScore(candidate.badgeCount),
          100,
        ];
        expect(ceiling).toBeLessThanOrEqual(totalOf(best.map(clamp)));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the same top k as ranking everyone, in the same order, and counts the eligible", () => {
    fc.assert(
      fc.property(
        jobArb,
        fc.array(fc.tuple(candidateArb, fc.option(responseArb, { nil: undefined })), { maxLength: 80 }),
        fc.integer({ min: 0, max: 20 }),
        (job, pairs, k) => {
          const candidates = pairs.map(([candidate]) => candidate);
          const responses = new Map(pairs.flatMap(([candidate, response]) => (response ? [[candidate.id, response] as const] : [])));
          const all = rankCandidates(job, candidates, responses);
          const dictionary = new Map<string, number>();
          const pool = candidatePool(candidates.map((candidate) => scoringInput(candidate, dictionary)));
          const top = rankTop(job, pool, dictionary, { k, responses });
          expect(top.eligible).toBe(all.length);
          expect(top.ranked).toEqual(all.slice(0, k));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("leaves out the candidates it is told to skip, and still counts them as eligible", () => {
    fc.assert(
      fc.property(jobArb, fc.array(candidateArb, { maxLength: 40 }), (job, candidates) => {
        const all = rankCandidates(job, candidates);
        const skip = new Set(all.filter((_, i) => i % 3 === 0).map((entry) => entry.candidateId));
        const dictionary = new Map<string, number>();
        const top = rankTop(job, candidatePool(candidates.map((candidate) => scoringInput(candidate, dictionary))), dictionary, {
          k: 10,
          skip,
        });
        expect(top.eligible).toBe(all.length);
        expect(top.ranked).toEqual(all.filter((entry) => !skip.has(entry.candidateId)).slice(0, 10));
      }),
    );
  });
});
