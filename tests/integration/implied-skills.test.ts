import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCatalog } from "../../lib/catalog/load-catalog";
import { recalculateAllJobs, recalculateJob } from "../../lib/matching";
import { findCandidateJobIds } from "../../lib/matching/find-candidate-jobs";
import { findContenders } from "../../lib/matching/find-contenders";
import { findEligibleCandidateIds } from "../../lib/matching/find-eligible";
import { loadJobs } from "../../lib/matching/load-jobs";
import { SKILLS } from "../../lib/scoring/criteria/skills-score";
import { WEIGHTS } from "../../lib/scoring/weights";
import { fixtureJob, jobId, matchingsOf, seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// A skill implied by one a candidate lists (TypeScript ⇒ JavaScript) makes them eligible in the
// SQL paths too: the trigger-kept summary, the two eligibility queries, the contenders' bounds.
let t: TestDatabase;
let skill: (name: string) => number;
let candidate: (externalId: string) => Promise<string>;
beforeAll(async () => {
  t = await createTestDatabase();
  const person = (externalId: string, skills: string[], domains = ["Fintech"]) => ({ externalId, name: externalId, skills, domains });
  const job = (externalId: string, skills: string[]) => fixtureJob(externalId, { skills, description: "Frontends for payments" });
  await seed(
    t.db,
    [
      person("c-ts", ["TypeScript"]),
      person("c-js", ["JavaScript"]),
      person("c-next", ["Next.js"]),
      person("c-health", ["TypeScript"], ["Health"]),
    ],
    [job("j-js", ["JavaScript"]), job("j-ts", ["TypeScript"]), job("j-react", ["React"])],
  );
  const ids = new Map((await t.db.skill.findMany()).map((row) => [row.name, row.id]));
  skill = (name) => ids.get(name)!;
  candidate = async (externalId) => (await t.db.candidate.findUniqueOrThrow({ where: { externalId } })).id;
});
afterAll(() => t.close());

const edge = ([specific, general]: [string, string]) => ({
  skillId: skill(specific),
  impliesId: skill(general),
  source: "OPERATOR" as const,
});

/** Sets the implications, as an operator's command does: closure, then the summaries. */
async function implications(pairs: [string, string][]) {
  await t.db.skillImplication.deleteMany();
  await t.db.skillImplication.createMany({ data: pairs.map(edge) });
  await t.db.$executeRaw`SELECT refresh_skill_closure()`;
  await t.db.$executeRaw`SELECT refresh_candidate_summary(array_agg(id)) FROM "Candidate"`;
}

const CURATED: [string, string][] = [
  ["TypeScript", "JavaScript"],
  ["Next.js", "React"],
  ["React", "JavaScript"],
];

/** The skill ids a summary bitmap holds. */
const bitsOf = (bits: Uint8Array) =>
  [...bits].flatMap((byte, i) => [0, 1, 2, 3, 4, 5, 6, 7].filter((b) => byte & (1 << b)).map((b) => i * 8 + b));
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
const byId = (ids: string[]) => [...ids].sort();

describe("implied skills in the SQL paths", () => {
  it("keeps listed and implied skills in the summary, following the implications once closure and summaries are refreshed", async () => {
    const summary = async (externalId: string) =>
      t.db.candidateSummary.findUniqueOrThrow({ where: { candidateId: await candidate(externalId) } });
    await implications([]);
    expect(await summary("c-next")).toMatchObject({ skillIds: [skill("Next.js")] });
    expect(bitsOf((await summary("c-next")).impliedSkillBits)).toEqual([]);

    await t.db.skillImplication.createMany({ data: CURATED.map(edge) });
    await t.db.$executeRaw`SELECT refresh_skill_closure()`;
    // The closure has no trigger: the summaries change when whoever changed it refreshes them.
    expect(await summary("c-next")).toMatchObject({ skillIds: [skill("Next.js")] });
    await t.db.$executeRaw`SELECT refresh_candidate_summary(array_agg(id)) FROM "Candidate"`;
    const next = await summary("c-next");
    expect(next.skillIds).toEqual(sorted([skill("Next.js"), skill("React"), skill("JavaScript")]));
    expect(bitsOf(next.skillBits)).toEqual([skill("Next.js")]);
    expect(bitsOf(next.impliedSkillBits)).toEqual(sorted([skill("React"), skill("JavaScript")]));

    // Listing an implied skill makes it listed, not implied (the triggers, as for any change).
    await t.db.candidateSkill.create({ data: { candidateId: await candidate("c-ts"), skillId: skill("JavaScript") } });
    expect(bitsOf((await summary("c-ts")).impliedSkillBits)).toEqual([]);
    await t.db.candidateSkill.deleteMany({ where: { candidateId: await candidate("c-ts"), skillId: skill("JavaScript") } });
    expect(bitsOf((await summary("c-ts")).impliedSkillBits)).toEqual([skill("JavaScript")]);

    await implications([["Next.js", "React"]]);
    expect(bitsOf((await summary("c-next")).impliedSkillBits)).toEqual([skill("React")]);
    expect((await summary("c-ts")).skillIds).toEqual([skill("TypeScript")]);
  });

  it("finds candidates eligible through an implication, never the other way, by both index queries and the contenders query", async () => {
    await implications(CURATED);
    const jobs = await loadJobs(t.db, await loadCatalog(t.db), { status: "ACTIVE" });
    const [jsJob, tsJob, reactJob] = ["j-js", "j-ts", "j-react"].map((externalId) => jobs.find((job) => job.externalId === externalId)!);
    const [ts, js, next] = await Promise.all(["c-ts", "c-js", "c-next"].map(candidate));

    expect(byId(await findEligibleCandidateIds(t.db, jsJob!.features))).toEqual(byId([ts!, js!, next!]));
    // General never satisfies specific: JavaScript does not make a TypeScript candidate.
    expect(await findEligibleCandidateIds(t.db, tsJob!.features)).toEqual([ts]);
    expect(await findEligibleCandidateIds(t.db, reactJob!.features)).toEqual([next]);

    const fintech = (await t.db.domain.findFirstOrThrow({ where: { name: "Fintech" } })).id;
    const jobsOf = (id: string, skills: string[]) =>
      findCandidateJobIds(t.db, { id, skillIds: new Set(skills.map(skill)), domainIds: new Set([fintech]) });
    expect(await jobsOf(next!, ["Next.js"])).toEqual(byId([jsJob!.id, reactJob!.id]));
    expect(await jobsOf(js!, ["JavaScript"])).toEqual([jsJob!.id]);

    const { eligible, contenders } = await findContenders(t.db, jsJob!.features, { k: 100, responders: [], asOf: new Date() });
    expect(eligible).toBe(3);
    const low = new Map(contenders.map((contender) => [contender.id, contender.low]));
    // All else equal, an implied required skill counts SKILLS.impliedCredit of a listed one.
    expect(low.get(js!)! - low.get(ts!)!).toBeCloseTo((WEIGHTS.skills * SKILLS.requiredOnlyShare * (1 - SKILLS.impliedCredit)) / 100, 6);
    expect(low.get(next!)).toBeCloseTo(low.get(ts!)!, 6);
  });

  // Needs implied skills scored (loadCandidateFeatures and skillsScore, branch scoring-ts).
  it("ranks a candidate matched through an implication below a direct one, on the single-job and the all-jobs paths alike", async () => {
    await implications(CURATED);
    const id = await jobId(t.db, "j-js");
    await recalculateJob(t.db, id, { trigger: "test" });
    const single = await matchingsOf(t.db, id);
    expect([...single.keys()][0]).toBe("c-js");
    expect([...single.keys()].slice(1).sort()).toEqual(["c-next", "c-ts"]);
    expect(single.get("c-js")!.skillsMatch).toBe(SKILLS.requiredOnlyShare);
    expect(single.get("c-ts")!.skillsMatch).toBe(SKILLS.requiredOnlyShare * SKILLS.impliedCredit);
    expect(single.get("c-next")!.matchScore).toBe(single.get("c-ts")!.matchScore);
    await recalculateAllJobs(t.db, { trigger: "test" });
    expect([...(await matchingsOf(t.db, id)).entries()].map(([externalId, row]) => [externalId, row.rank, row.matchScore])).toEqual(
      [...single.entries()].map(([externalId, row]) => [externalId, row.rank, row.matchScore]),
    );
  });
});
