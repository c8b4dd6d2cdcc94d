import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEARCH_LIMIT, searchCandidates } from "../../lib/dashboard/search-candidates";
import { recalculateAllJobs } from "../../lib/matching";
import { eligibleCandidates, fixtureJob, jobId, seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// The workspace search over its matchings' candidates: 70 "Candidate n" and four named ones, two
// jobs in acme (TypeScript and Fintech, Go and Logistics) and one in beta (Python, Healthcare).
let t: TestDatabase;
let acme: string;
let beta: string;
const person = (externalId: string, name: string, skills: string[], domains: string[]) => ({
  externalId,
  name,
  skills,
  domains,
  technicalTests: [{ name: "TS", score: 90, completedAt: "2026-01-01" }],
});
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(
    t.db,
    [
      ...eligibleCandidates(60),
      ...eligibleCandidates(10, "go", 100).map((candidate) => ({ ...candidate, skills: ["Go"], domains: ["Logistics"] })),
      person("zoe", "Zoë Ångström", ["TypeScript", "k8s"], ["Fintech"]),
      person("ada", "Ada Lovelace", ["TypeScript", "Kubernetes"], ["Fintech"]),
      person("both", "Bo Both", ["TypeScript", "Python"], ["Fintech", "Healthcare"]),
      person("betaonly", "Kim Betaside", ["Python", "Kubernetes"], ["Healthcare"]),
    ],
    [
      fixtureJob("j-1"),
      fixtureJob("j-2", { workspace: "beta", title: "Clinic backend", skills: ["Python"], domains: ["Healthcare"] }),
      fixtureJob("j-3", { title: "Routing engineer", skills: ["Go"], domains: ["Logistics"] }),
    ],
  );
  acme = (await t.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } })).id;
  beta = (await t.db.workspace.findUniqueOrThrow({ where: { slug: "beta" } })).id;
  await recalculateAllJobs(t.db, { trigger: "cli" });
});
afterAll(() => t.close());

const names = async (workspaceId: string, query: string) =>
  (await searchCandidates(t.db, workspaceId, query)).candidates.map((hit) => hit.name);

describe("searching a workspace's candidates", () => {
  it("finds holders of a skill by any of its names, with the spelling they used", async () => {
    const result = await searchCandidates(t.db, acme, "k8s");
    expect(result.skill?.name).toBe("Kubernetes");
    expect(result.candidates.map((hit) => [hit.name, hit.skill]).sort()).toEqual([
      ["Ada Lovelace", "Kubernetes"],
      ["Zoë Ångström", "Kubernetes (as k8s)"],
    ]);
    expect(await names(beta, "kubernetes")).toEqual(["Kim Betaside"]);
  });

  it("finds a name whatever its case and accents", async () => {
    for (const query of ["zoe", "ZOË", "angstrom", "Zoe Ångström", " öë "])
      expect(await names(acme, query), query).toEqual(["Zoë Ångström"]);
    expect(await names(acme, "%")).toEqual([]);
    expect(await names(acme, "_")).toEqual([]);
    expect(await names(acme, "   ")).toEqual([]);
  });

  it("never shows another workspace's candidates or jobs", async () => {
    expect(await names(acme, "Kim")).toEqual([]);
    expect(await names(acme, "python")).toEqual(["Bo Both"]);
    const [both] = (await searchCandidates(t.db, acme, "Bo Both")).candidates;
    expect(both?.matchings.map((row) => row.jobTitle)).toEqual(["Frontend engineer"]);
    const [inBeta] = (await searchCandidates(t.db, beta, "Bo Both")).candidates;
    expect(inBeta?.matchings.map((row) => row.jobTitle)).toEqual(["Clinic backend"]);
  });

  it("lists each candidate's rank, status and score, and is bounded, best scores first", async () => {
    const job = await jobId(t.db, "j-1");
    const result = await searchCandidates(t.db, acme, "candidate");
    expect(result.candidates).toHaveLength(SEARCH_LIMIT);
    expect(result.more).toBe(true);
    const scores = result.candidates.map((hit) => hit.matchings[0]!.matchScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.candidates.find((hit) => hit.name === "Candidate 60")?.matchings).toEqual([
      { jobId: job, jobTitle: "Frontend engineer", rank: expect.any(Number), status: "PENDING", matchScore: expect.any(Number) },
    ]);
  });
});
