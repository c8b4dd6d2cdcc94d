import { describe, expect, it } from "vitest";
import { explainCriteria } from "../../../lib/dashboard/explain-criteria";
import { scoreCandidate } from "../../../lib/scoring/score-candidate";
import { makeCandidate, makeJob } from "../../helpers/features";

const skills: Record<number, string> = { 1: "TypeScript", 2: "Node.js", 3: "PostgreSQL", 4: "Kafka", 5: "GraphQL", 6: "AWS", 7: "Docker" };
const domains: Record<number, string> = { 10: "Fintech", 11: "E-commerce" };
const names = { skill: (id: number) => skills[id] ?? `#${id}`, domain: (id: number) => domains[id] ?? `#${id}` };

describe("why each criterion scored what it did", () => {
  it("names the evidence behind each of the eight criteria", () => {
    const job = makeJob({ minYearsExperience: 4, mentionedSkillIds: new Set() });
    const candidate = makeCandidate({
      skillIds: new Set([1, 2, 3, 6]),
      domainIds: new Set([10]),
      yearsOfExperience: 6,
      testScores: [78, 88],
      feedbackRatings: [5, 4, 4],
      quizScores: [60, 70, 75, 85],
      badgeCount: 1,
    });
    const why = explainCriteria(scoreCandidate(job, candidate).evidence, names);
    expect(why.skills).toBe("3 of 4 required skills (TypeScript, Node.js, PostgreSQL); missing Kafka; nice to have: AWS.");
    expect(why.domains).toBe("Works in 1 of the job's 2 domains (Fintech); not in E-commerce.");
    expect(why.experience).toMatch(/^6 years of experience for a minimum of 4 years/);
    expect(why.feedback).toBe("Technical tests average 83/100 over 2 tests; recruiters rate 4.33/5 from 3 reviews.");
    expect(why.quizzes).toBe("Average 72.5/100 over 4 quizzes.");
    expect(why.progression).toBe("Quiz scores up 15 points from the older to the newer half of 4 attempts.");
    expect(why.badges).toBe("1 badge earned.");
    expect(why.relevance).toMatch(/meaningful words? shared/);
  });

  it("says when there is no evidence yet instead of inventing some", () => {
    const why = explainCriteria(scoreCandidate(makeJob(), makeCandidate()).evidence, names);
    expect(why.feedback).toBe("No technical test; no recruiter review yet (neutral).");
    expect(why.quizzes).toBe("No training quiz taken (neutral).");
    expect(why.progression).toBe("Fewer than two quizzes: no trend yet (neutral).");
    expect(why.badges).toBe("No badge yet.");
  });
});
