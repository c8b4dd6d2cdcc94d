import { describe, expect, it } from "vitest";
import { rankCandidates } from "../../../helpers/rank-candidates";
import { scoreCandidate } from "../../../../lib/scoring/score-candidate";
import type { ResponseEvidence } from "../../../../lib/scoring/types";
import { DOMAINS_JUDGMENTS } from "./domains-judgments";
import { EVIDENCE_JUDGMENTS } from "./evidence-judgments";
import { EXPERIENCE_JUDGMENTS } from "./experience-judgments";
import type { Judgment } from "./judgment";
import { jobFeatures } from "./jobs";
import { candidateFeatures, responseOf } from "./profiles";
import { SKILLS_JUDGMENTS } from "./skills-judgments";

// Pairs a recruiter would sign: "for this job, A ranks above B, because …". A change of weights or
// formulas that breaks one must be deliberate: change the judgment, and say why, in the same commit.
// `npx vitest run tests/unit/scoring/judgments` prints how many hold.
const JUDGMENTS: Judgment[] = [...SKILLS_JUDGMENTS, ...DOMAINS_JUDGMENTS, ...EXPERIENCE_JUDGMENTS, ...EVIDENCE_JUDGMENTS];

// A's id sorts after B's, so the last tie-break (candidate id) can never put A first.
const A_ID = "00000000-0000-4000-8000-00000000000a";
const B_ID = "00000000-0000-4000-8000-000000000009";

describe("recruiters' judgments", () => {
  it("are at least 40", () => expect(JUDGMENTS.length).toBeGreaterThanOrEqual(40));

  it.each(JUDGMENTS.map((judgment, i) => [`${i + 1}. ${judgment.job.title}: ${judgment.because}`, judgment] as const))(
    "%s",
    (_, judgment) => {
      const job = jobFeatures(judgment.job);
      const a = { ...judgment.base, ...judgment.a };
      const b = { ...judgment.base, ...judgment.b };
      const scoredA = scoreCandidate(job, candidateFeatures(A_ID, a), responseOf(a));
      const scoredB = scoreCandidate(job, candidateFeatures(B_ID, b), responseOf(b));
      const why = `A should rank above B: ${judgment.because} (A ${scoredA.matchScore}, B ${scoredB.matchScore})`;
      expect(scoredA.eligible, why).toBe(true);
      if (scoredB.eligible) expect(scoredA.matchScore, why).toBeGreaterThan(scoredB.matchScore);
      const responses = new Map<string, ResponseEvidence>();
      for (const [id, profile] of [
        [A_ID, a],
        [B_ID, b],
      ] as const) {
        const response = responseOf(profile);
        if (response) responses.set(id, response);
      }
      const ranked = rankCandidates(job, [candidateFeatures(B_ID, b), candidateFeatures(A_ID, a)], responses);
      expect(ranked[0]?.candidateId, why).toBe(A_ID);
    },
  );
});
