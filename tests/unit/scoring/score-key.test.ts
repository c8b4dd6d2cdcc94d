import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankCandidates, rankKey } from "../../../lib/scoring/rank-candidates";
import { rankTop } from "../../../lib/scoring/rank-top";
import { scoreCandidate } from "../../../lib/scoring/score-candidate";
import { prepareJob, scoreKey, scoringInput } from "../../../lib/scoring/score-key";
import { candidateArb, jobArb, responseArb } from "../../helpers/arbitraries";

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

  it("keeps the same top k as ranking everyone, in the same order, and counts the eligible", () => {
    fc.assert(
      fc.property(jobArb, fc.array(candidateArb, { maxLength: 60 }), fc.integer({ min: 0, max: 20 }), (job, candidates, k) => {
        const all = rankCandidates(job, candidates);
        const dictionary = new Map<string, number>();
        const top = rankTop(job, candidates.map((candidate) => scoringInput(candidate, dictionary)), dictionary, { k });
        expect(top.eligible).toBe(all.length);
        expect(top.ranked).toEqual(all.slice(0, k));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out the candidates it is told to skip, and still counts them as eligible", () => {
    fc.assert(
      fc.property(jobArb, fc.array(candidateArb, { maxLength: 40 }), (job, candidates) => {
        const all = rankCandidates(job, candidates);
        const skip = new Set(all.filter((_, i) => i % 3 === 0).map((entry) => entry.candidateId));
        const dictionary = new Map<string, number>();
        const top = rankTop(job, candidates.map((candidate) => scoringInput(candidate, dictionary)), dictionary, { k: 10, skip });
        expect(top.eligible).toBe(all.length);
        expect(top.ranked).toEqual(all.filter((entry) => !skip.has(entry.candidateId)).slice(0, 10));
      }),
    );
  });
});
