import { describe, expect, it } from "vitest";
import { badgesScore } from "../../../lib/scoring/criteria/badges-score";
import { domainsScore } from "../../../lib/scoring/criteria/domains-score";
import { experienceScore } from "../../../lib/scoring/criteria/experience-score";
import { feedbackScore } from "../../../lib/scoring/criteria/feedback-score";
import { progressionScore } from "../../../lib/scoring/criteria/progression-score";
import { quizzesScore } from "../../../lib/scoring/criteria/quizzes-score";
import { relevanceScore } from "../../../lib/scoring/criteria/relevance-score";
import { skillsScore } from "../../../lib/scoring/criteria/skills-score";
import { makeCandidate, makeJob } from "../../helpers/features";

describe("skills", () => {
  it("scores the share of required skills, names what matches and what is missing", () => {
    const result = skillsScore(makeJob(), makeCandidate({ skillIds: new Set([1, 2]) }));
    expect(result.score).toBeCloseTo(40); // 80 × 2/4
    expect(result.matchedRequired).toEqual([1, 2]);
    expect(result.missingRequired).toEqual([3, 4]);
  });

  it("adds nice-to-have coverage and extra skills the job's text mentions", () => {
    const all = skillsScore(makeJob(), makeCandidate({ skillIds: new Set([1, 2, 3, 4, 5, 6, 7]) }));
    expect(all.score).toBeCloseTo(80 + 15 + 5 / 3);
    expect(all.extraRelevant).toEqual([7]);
  });

  it("gives required skills 95 points when the job lists no nice-to-have", () => {
    const result = skillsScore(makeJob({ niceToHaveSkillIds: [] }), makeCandidate({ skillIds: new Set([1, 2, 3, 4]) }));
    expect(result.score).toBeCloseTo(95);
  });

  it("counts a required or nice-to-have skill a listed one implies at half credit, and says through which", () => {
    // Lists 1 and 8; 8 implies 2 (required), 5 (nice to have) and 7 (only mentioned by the job).
    const candidate = makeCandidate({
      skillIds: new Set([1, 8]),
      impliedSkills: new Map([
        [2, 8],
        [5, 8],
        [7, 8],
      ]),
    });
    const result = skillsScore(makeJob(), candidate);
    expect(result.score).toBeCloseTo((80 * (1 + 0.5)) / 4 + (15 * 0.5) / 2); // 30 + 3.75
    expect(result.counts).toEqual({ required: 1, requiredImplied: 1, nice: 0, niceImplied: 1, extra: 0 });
    expect(result.matchedRequired).toEqual([1, 2]);
    expect(result.missingRequired).toEqual([3, 4]);
    expect(result.matchedNiceToHave).toEqual([5]);
    expect(result.extraRelevant).toEqual([]); // an implied skill is never "extra relevant"
    expect(result.implied).toEqual([
      { skillId: 2, via: 8 },
      { skillId: 5, via: 8 },
    ]);
  });

  it("scores an implied required skill halfway between listing it and lacking it", () => {
    const job = makeJob({ niceToHaveSkillIds: [] });
    const direct = skillsScore(job, makeCandidate({ skillIds: new Set([1, 2]) })).score;
    const implied = skillsScore(job, makeCandidate({ skillIds: new Set([1, 8]), impliedSkills: new Map([[2, 8]]) })).score;
    const none = skillsScore(job, makeCandidate({ skillIds: new Set([1, 8]) })).score;
    expect([direct, implied, none].map((score) => Math.round(score * 100) / 100)).toEqual([47.5, 35.63, 23.75]); // 95 × 2/4, 1.5/4, 1/4
  });

  it("names what the candidate wrote for the matched skills and the skills implying one, without scoring it", () => {
    const spelled = makeCandidate({
      skillIds: new Set([1, 8, 9]),
      impliedSkills: new Map([[2, 8]]),
      skillSpellings: new Map([
        [1, "TS"],
        [8, "NextJS"],
        [9, "k8s"],
      ]),
    });
    const result = skillsScore(makeJob(), spelled);
    expect(result.spellings).toEqual([
      { skillId: 1, spelling: "TS" },
      { skillId: 8, spelling: "NextJS" },
    ]); // 9 matches nothing
    expect(result.score).toBe(skillsScore(makeJob(), { ...spelled, skillSpellings: new Map() }).score);
  });
});

describe("domains", () => {
  it("gives most of the credit for one shared domain and the bonus for all of them", () => {
    const score = (job: number[], candidate: number[]) =>
      domainsScore(makeJob({ domainIds: job }), makeCandidate({ domainIds: new Set(candidate) })).score;
    expect([score([10, 11], [12]), score([10, 11], [10]), score([10, 11], [10, 11, 12])]).toEqual([0, 80, 100]);
    expect([score([10, 11, 12], [10]), score([10, 11, 12], [10, 12]), score([10, 11, 12], [10, 11, 12])]).toEqual([80, 85, 100]);
    expect(score([10], [10])).toBe(100);
  });
});

describe("portfolio & experience", () => {
  it("rewards meeting the minimum years, time in the job's domains and relevant portfolio items", () => {
    const junior = experienceScore(makeJob(), makeCandidate({ yearsOfExperience: 1 }));
    const senior = experienceScore(
      makeJob(),
      makeCandidate({ yearsOfExperience: 8, domainMonths: new Map([[10, 48]]), portfolioSkillIds: [[1], [2, 9], [5], [9]] }),
    );
    expect(junior.score).toBeCloseTo(100 * 0.4 * (2 / 4));
    expect(senior.score).toBe(100);
    expect(senior.portfolioItems).toBe(3); // the item using only skill 9 does not count
    expect(senior.domainYears).toBe(4);
  });

  it("ignores experience in domains the job does not ask for", () => {
    const result = experienceScore(makeJob(), makeCandidate({ domainMonths: new Map([[12, 120]]) }));
    expect(result.domainYears).toBe(0);
  });
});

describe("recruiter feedback", () => {
  it("ranks twenty 4.8-star reviews above a single 5-star one", () => {
    const one = feedbackScore(makeCandidate({ feedbackRatings: [5] }), undefined);
    const many = feedbackScore(makeCandidate({ feedbackRatings: Array.from({ length: 20 }, (_, i) => (i < 16 ? 5 : 4)) }), undefined);
    expect(many.feedbackAverage).toBeCloseTo(4.8);
    expect(many.score).toBeGreaterThan(one.score);
  });

  it("is neutral (50) without evidence and counts this job's screening and interview", () => {
    expect(feedbackScore(makeCandidate(), undefined).score).toBeCloseTo(50);
    const interviewed = feedbackScore(makeCandidate(), { screeningScore: null, interviewScore: 90 });
    const screened = feedbackScore(makeCandidate(), { screeningScore: 90, interviewScore: null });
    expect(interviewed.score).toBeGreaterThan(screened.score);
    expect(screened.score).toBeGreaterThan(50);
  });
});

describe("training quizzes", () => {
  it("combines the average score with the number completed", () => {
    expect(quizzesScore(makeCandidate()).score).toBeCloseTo(35);
    const five = quizzesScore(makeCandidate({ quizScores: [80, 80, 80, 80, 80] }));
    expect(five.average).toBe(80);
    expect(five.score).toBeCloseTo(0.7 * ((100 + 400) / 7) + 30);
  });
});

describe("progression", () => {
  it("is neutral with fewer than two quizzes, high when scores climb and low when they fall", () => {
    expect(progressionScore(makeCandidate({ quizScores: [90] })).score).toBe(50);
    const rising = progressionScore(makeCandidate({ quizScores: [40, 50, 60, 70, 80] }));
    const falling = progressionScore(makeCandidate({ quizScores: [80, 70, 60, 50, 40] }));
    expect(rising.gain).toBeCloseTo(30); // newer half 75 − older half 45
    expect(rising.score).toBe(100);
    expect(falling.score).toBe(0);
  });

  it("trusts a two-quiz trend only a quarter as much as a five-quiz one", () => {
    expect(progressionScore(makeCandidate({ quizScores: [50, 80] })).score).toBeCloseTo(50 + 50 * 0.25);
  });
});

describe("badges", () => {
  it("saturates: each badge closes a fifth of the gap", () => {
    expect([0, 1, 2, 3].map((count) => Math.round(badgesScore(count) * 10) / 10)).toEqual([0, 20, 36, 48.8]);
  });
});

describe("overall relevance", () => {
  it("counts the job's words found in the candidate's text", () => {
    const result = relevanceScore(makeJob(), makeCandidate({ textTokens: ["react", "typescript", "payments", "cooking"] }));
    expect(result.sharedTerms).toBe(3);
    expect(result.score).toBeCloseTo(60);
  });
});
