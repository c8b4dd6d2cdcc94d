import { describe, expect, it } from "vitest";
import { candidatePool } from "../../../lib/scoring/candidate-pool";
import { meetsRequirements, minRequiredHeld, requiredCoverage } from "../../../lib/scoring/meets-requirements";
import { rankCandidates } from "../../helpers/rank-candidates";
import { rankTop } from "../../../lib/scoring/rank-top";
import { scoreCandidate } from "../../../lib/scoring/score-candidate";
import { scoringInput } from "../../../lib/scoring/score-key";
import { makeCandidate, makeJob } from "../../helpers/features";

// makeJob requires skills 1–4 in domains 10 and 11; skill 9 implies skill 3 below.
const held = (required: number, mustHave = 0, domains = 1) => ({ required, mustHave, domains });

describe("meetsRequirements", () => {
  it("is today's rule when the job sets no must-have and no minimum", () => {
    const job = makeJob();
    expect(meetsRequirements(job, held(1))).toBe(true);
    expect(meetsRequirements(job, held(0))).toBe(false);
    expect(meetsRequirements(job, held(4, 0, 0))).toBe(false);
  });

  it("asks for every must-have skill, however many others are held", () => {
    const job = makeJob({ mustHaveSkillIds: [2, 4] });
    expect(meetsRequirements(job, held(4, 2))).toBe(true);
    expect(meetsRequirements(job, held(3, 1))).toBe(false);
  });

  it("asks for the minimum share of required skills, rounded up to whole skills", () => {
    expect(minRequiredHeld(makeJob({ minSkillsCoverage: 70 }))).toBe(3); // 70% of 4 is 2.8
    expect(minRequiredHeld(makeJob({ minSkillsCoverage: 75 }))).toBe(3);
    expect(minRequiredHeld(makeJob({ minSkillsCoverage: 100 }))).toBe(4);
    expect(minRequiredHeld(makeJob({ minSkillsCoverage: 10 }))).toBe(1);
    expect(meetsRequirements(makeJob({ minSkillsCoverage: 75 }), held(3))).toBe(true);
    expect(meetsRequirements(makeJob({ minSkillsCoverage: 76 }), held(3))).toBe(false);
  });

  it("stores coverage with one decimal", () => {
    expect(requiredCoverage(2, 3)).toBe(66.7);
    expect(requiredCoverage(4, 4)).toBe(100);
    expect(requiredCoverage(0, 0)).toBe(0);
  });
});

describe("eligibility with must-haves and a minimum share", () => {
  const job = makeJob({ mustHaveSkillIds: [3], minSkillsCoverage: 50 });
  const implying = makeCandidate({
    id: "00000000-0000-4000-8000-00000000000a",
    skillIds: new Set([1, 9]),
    impliedSkills: new Map([[3, 9]]),
  });
  const lacking = makeCandidate({ id: "00000000-0000-4000-8000-00000000000b", skillIds: new Set([1, 2, 4]) });
  const few = makeCandidate({ id: "00000000-0000-4000-8000-00000000000c", skillIds: new Set([3]) });

  it("counts a must-have implied by a listed skill as held, as eligibility always has", () => {
    expect(scoreCandidate(job, implying).eligible).toBe(true);
    expect(scoreCandidate(job, lacking).eligible).toBe(false);
    expect(scoreCandidate(job, few).eligible).toBe(false); // the must-have, but 1 of 4 is below half
  });

  it("gives the same eligible list through the full scoring and the ranking's fast path", () => {
    const candidates = [implying, lacking, few];
    const dictionary = new Map<string, number>();
    const top = rankTop(job, candidatePool(candidates.map((c) => scoringInput(c, dictionary))), dictionary, { k: 10 });
    expect(top.eligible).toBe(1);
    expect(top.ranked.map((entry) => entry.candidateId)).toEqual(rankCandidates(job, candidates).map((entry) => entry.candidateId));
    expect(top.ranked.map((entry) => entry.candidateId)).toEqual([implying.id]);
  });
});
