import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreCandidate } from "../../../lib/scoring/score-candidate";
import type { CandidateFeatures } from "../../../lib/scoring/types";
import { candidateArb, candidateIn, closureArb, closureOf, jobArb, responseArb, withSkills } from "../../helpers/arbitraries";
import { makeCandidate, makeJob } from "../../helpers/features";

// Skills of the examples: TypeScript implies JavaScript; Next.js implies React, which implies JavaScript.
const [TYPESCRIPT, JAVASCRIPT, NEXT, REACT, POSTGRESQL] = [1, 2, 3, 4, 5];
const taxonomy = closureOf([
  [TYPESCRIPT, JAVASCRIPT],
  [NEXT, REACT],
  [REACT, JAVASCRIPT],
]);
const listing = (...skills: number[]) => withSkills(makeCandidate({ domainIds: new Set([10]) }), new Set(skills), taxonomy);
const requiring = (...skills: number[]) => makeJob({ requiredSkillIds: skills, niceToHaveSkillIds: [], mentionedSkillIds: new Set() });

/** Every number a recruiter sees, evidence of spellings aside. */
const scores = (candidate: CandidateFeatures, job = requiring(JAVASCRIPT)) => {
  const { eligible, matchScore, criteria } = scoreCandidate(job, candidate);
  return { eligible, matchScore, criteria };
};

describe("implied skills", () => {
  it("make a candidate with the specific skill eligible for a job asking for the general one, never the other way", () => {
    expect(scoreCandidate(requiring(JAVASCRIPT), listing(TYPESCRIPT)).eligible).toBe(true);
    expect(scoreCandidate(requiring(JAVASCRIPT), listing(NEXT)).eligible).toBe(true); // through React
    expect(scoreCandidate(requiring(TYPESCRIPT), listing(JAVASCRIPT)).eligible).toBe(false);
    expect(scoreCandidate(requiring(NEXT), listing(REACT, JAVASCRIPT)).eligible).toBe(false);
  });

  it("are shown as matched, with the listed skill they come from and what the candidate wrote (the documented example)", () => {
    const candidate = {
      ...listing(TYPESCRIPT, NEXT, POSTGRESQL),
      skillSpellings: new Map([
        [POSTGRESQL, "Postgres"],
        [NEXT, "NextJS"],
      ]),
    };
    const { evidence, criteria } = scoreCandidate(requiring(JAVASCRIPT, REACT, POSTGRESQL), candidate);
    expect(criteria.skills).toBe(63.3); // docs/scoring.md's example: 95 · (½ + ½ + 1)/3
    expect(evidence.matchedRequiredSkillIds).toEqual([JAVASCRIPT, REACT, POSTGRESQL]);
    expect(evidence.missingRequiredSkillIds).toEqual([]);
    // JavaScript comes from TypeScript and from Next.js: the smaller id is named.
    expect(evidence.impliedSkills).toEqual([
      { skillId: JAVASCRIPT, via: TYPESCRIPT },
      { skillId: REACT, via: NEXT },
    ]);
    expect(evidence.skillSpellings).toEqual([
      { skillId: NEXT, spelling: "NextJS" },
      { skillId: POSTGRESQL, spelling: "Postgres" },
    ]);
  });

  it("general never satisfies specific: listing only what the job's skills imply makes no one eligible", () => {
    fc.assert(
      fc.property(jobArb, closureArb, candidateArb, (job, closure, candidate) => {
        const required = new Set(job.requiredSkillIds);
        const general = [...required].flatMap((id) => [...(closure.get(id) ?? [])]);
        const listed = general.filter((id) => !required.has(id) && ![...(closure.get(id) ?? [])].some((implied) => required.has(implied)));
        expect(scoreCandidate(job, withSkills(candidate, new Set(listed), closure)).eligible).toBe(false);
      }),
    );
  });

  it("score an implied match strictly below the direct one and above none", () => {
    fc.assert(
      fc.property(jobArb, candidateArb, responseArb, fc.nat(), (job, candidate, response, pick) => {
        const jobSkills = [...job.requiredSkillIds, ...job.niceToHaveSkillIds];
        const skill = jobSkills[pick % Math.max(1, jobSkills.length)];
        if (skill === undefined) return;
        // The same candidate three ways, only `skill` differing: listed, implied by a skill the job ignores (99), absent.
        const skillIds = new Set([...candidate.skillIds].filter((id) => id !== skill));
        const impliedSkills = new Map([...candidate.impliedSkills].filter(([id]) => id !== skill));
        const none = { ...candidate, skillIds, impliedSkills };
        const implied = { ...none, impliedSkills: new Map([...impliedSkills, [skill, 99]]) };
        const direct = { ...none, skillIds: new Set([...skillIds, skill]) };
        const [d, i, n] = [direct, implied, none].map((c) => scoreCandidate(job, c, response));
        expect(d!.criteria.skills).toBeGreaterThan(i!.criteria.skills);
        expect(i!.criteria.skills).toBeGreaterThan(n!.criteria.skills);
        expect(d!.matchScore).toBeGreaterThan(i!.matchScore);
        expect(i!.matchScore).toBeGreaterThan(n!.matchScore);
      }),
    );
  });

  it("never lower a score when the candidate lists one more skill, whatever it implies", () => {
    fc.assert(
      fc.property(
        jobArb,
        closureArb.chain((closure) => fc.tuple(fc.constant(closure), candidateIn(closure))),
        responseArb,
        fc.integer({ min: 1, max: 20 }),
        (job, [closure, candidate], response, added) => {
          const before = scoreCandidate(job, candidate, response);
          const after = scoreCandidate(job, withSkills(candidate, new Set([...candidate.skillIds, added]), closure), response);
          expect(after.matchScore).toBeGreaterThanOrEqual(before.matchScore);
          expect(after.criteria.skills).toBeGreaterThanOrEqual(before.criteria.skills);
          if (before.eligible) expect(after.eligible).toBe(true);
        },
      ),
    );
  });

  it("never lower a score when one more skill is implied", () => {
    fc.assert(
      fc.property(jobArb, candidateArb, responseArb, fc.integer({ min: 1, max: 20 }), (job, candidate, response, skill) => {
        if (candidate.skillIds.has(skill) || candidate.impliedSkills.has(skill)) return;
        const before = scoreCandidate(job, candidate, response);
        const after = scoreCandidate(job, { ...candidate, impliedSkills: new Map([...candidate.impliedSkills, [skill, 99]]) }, response);
        expect(after.matchScore).toBeGreaterThanOrEqual(before.matchScore);
        if (before.eligible) expect(after.eligible).toBe(true);
      }),
    );
  });
});

describe("spellings", () => {
  it("an alias scores exactly as the canonical skill: 'Postgres' is PostgreSQL", () => {
    const canonical = listing(TYPESCRIPT, POSTGRESQL);
    const alias = { ...canonical, skillSpellings: new Map([[POSTGRESQL, "Postgres"]]) };
    const job = requiring(JAVASCRIPT, POSTGRESQL);
    expect(scores(alias, job)).toEqual(scores(canonical, job));
  });

  it("never change a score, an eligibility or a tie-breaker", () => {
    fc.assert(
      fc.property(jobArb, candidateArb, responseArb, (job, candidate, response) => {
        const { evidence: spelled, ...withSpellings } = scoreCandidate(job, candidate, response);
        const { evidence: plain, ...without } = scoreCandidate(job, { ...candidate, skillSpellings: new Map() }, response);
        expect(withSpellings).toEqual(without);
        expect({ ...spelled, skillSpellings: [] }).toEqual(plain);
      }),
    );
  });
});
