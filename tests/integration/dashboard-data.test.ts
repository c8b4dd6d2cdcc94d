import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listRuns } from "../../lib/dashboard/list-runs";
import { loadCandidateProfile } from "../../lib/dashboard/load-candidate-profile";
import { loadJobBoard } from "../../lib/dashboard/load-job-board";
import { recalculateWithChanges } from "../../lib/dashboard/recalculate-with-changes";
import { importData } from "../../lib/import/import-data";
import { recalculateAllJobs } from "../../lib/matching";
import { notifyCandidatesUpdated } from "../../lib/recalculation/notify-candidates";
import { jobOverview } from "../../lib/matching/job-overview";
import { eligibleCandidates, fixtureJob, jobId, seed, setStatus } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// What the dashboard's pages read, on 60 candidates and one job in each of two workspaces.
let t: TestDatabase;
let acme: string;
let beta: string;
let acmeJob: string;
let betaJob: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, eligibleCandidates(60), [
    fixtureJob("j-1"),
    fixtureJob("j-2", { workspace: "beta", title: "Beta platform engineer" }),
    fixtureJob("j-3", { status: "DRAFT", title: "Draft role" }),
  ]);
  acme = (await t.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } })).id;
  beta = (await t.db.workspace.findUniqueOrThrow({ where: { slug: "beta" } })).id;
  acmeJob = await jobId(t.db, "j-1");
  betaJob = await jobId(t.db, "j-2");
  await recalculateAllJobs(t.db, { trigger: "cli" });
});
afterAll(() => t.close());

describe("the job page's data", () => {
  it("is the job's ranked top 50, best first, then the rows kept outside it", async () => {
    await setStatus(t.db, acmeJob, "c-060", "REJECTED");
    await recalculateWithChanges(t.db, acme, acmeJob);
    const board = await loadJobBoard(t.db, acme, acmeJob);
    expect(board?.job).toMatchObject({ title: "Frontend engineer", status: "ACTIVE", lastRun: { trigger: "dashboard" } });
    expect(board?.job.skills.map((skill) => [skill.name, skill.required])).toEqual([
      ["React", true],
      ["TypeScript", true],
    ]);
    expect(board!.rows.slice(0, 50).map((row) => row.rank)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(board!.rows[0]!.name).toBe("Candidate 59");
    expect(board!.rows.at(-1)).toMatchObject({ name: "Candidate 60", rank: null, status: "REJECTED" });
    expect(board!.rows).toHaveLength(51);
  });

  it("is not found for another workspace's job, an unknown id or something that is not an id", async () => {
    expect(await loadJobBoard(t.db, beta, acmeJob)).toBeNull();
    expect(await loadJobBoard(t.db, acme, betaJob)).toBeNull();
    expect(await loadJobBoard(t.db, acme, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await loadJobBoard(t.db, acme, "' OR 1=1 --")).toBeNull();
  });
});

describe("the candidate panel's data", () => {
  it("is the whole profile, only through a matching of the workspace's own job", async () => {
    const candidate = (await t.db.candidate.findUniqueOrThrow({ where: { externalId: "c-050" } })).id;
    const profile = await loadCandidateProfile(t.db, acme, acmeJob, candidate);
    expect(profile?.candidate).toMatchObject({ name: "Candidate 50", technicalTests: [{ name: "TS", score: 50 }] });
    expect(profile?.breakdown.criteria.skills).toBeGreaterThan(0);
    expect(profile!.breakdown.evidence.matchedRequiredSkillIds.map(profile!.names.skill)).toEqual(["TypeScript"]);
    expect(profile!.breakdown.evidence.sharedDomainIds.map(profile!.names.domain)).toEqual(["Fintech"]);
    expect(await loadCandidateProfile(t.db, beta, acmeJob, candidate)).toBeNull();
    expect(await loadCandidateProfile(t.db, beta, betaJob, "not-a-uuid")).toBeNull();
  });
});

describe("the recalculation a recruiter starts", () => {
  it("reports who left, who entered and who moved", async () => {
    await setStatus(t.db, acmeJob, "c-059", "REJECTED");
    const { changes, result } = await recalculateWithChanges(t.db, acme, acmeJob);
    expect(result.ranked).toBe(50);
    expect(changes.left).toEqual([expect.objectContaining({ name: "Candidate 59", rank: 1 })]);
    expect(changes.entered).toEqual([expect.objectContaining({ name: "Candidate 9", rank: 50 })]);
    // Everyone below the rejected candidate went up one place: a shift, not a move.
    expect(changes.movedUp).toEqual([]);
    expect(changes.shifted).toBe(49);
    await expect(recalculateWithChanges(t.db, beta, acmeJob)).rejects.toThrow(/does not exist in this workspace/);
  });
});

describe("the jobs list and the runs", () => {
  it("filters a workspace's jobs by status and by title, case-insensitively", async () => {
    expect((await jobOverview(t.db, acme, { status: "DRAFT" })).map((job) => job.title)).toEqual(["Draft role"]);
    expect((await jobOverview(t.db, acme, { titleContains: "FRONTEND" })).map((job) => job.title)).toEqual(["Frontend engineer"]);
    expect(await jobOverview(t.db, acme, { titleContains: "Beta" })).toEqual([]);
  });

  it("lists jobs by title as people sort them, whatever the case", async () => {
    const closed = (externalId: string, title: string) => fixtureJob(externalId, { workspace: "beta", title, status: "CLOSED" });
    await importData(t.db, {
      workspaces: [],
      candidates: [],
      jobs: [
        closed("j-ios", "iOS engineer"),
        closed("j-ml", "Machine learning engineer"),
        closed("j-10", "Analyst 10"),
        closed("j-9", "Analyst 9"),
      ],
    });
    expect((await jobOverview(t.db, beta)).map((job) => job.title)).toEqual([
      "Analyst 9",
      "Analyst 10",
      "Beta platform engineer",
      "iOS engineer",
      "Machine learning engineer",
    ]);
  });

  it("lists a workspace's job runs only: never another workspace's, never the run over all jobs", async () => {
    const { runs } = await listRuns(t.db, acme);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(runs.map((run) => run.jobId))).toEqual(new Set([acmeJob]));
    expect(runs[0]).toMatchObject({ trigger: "dashboard", status: "SUCCEEDED", partOf: null });
    expect(runs.at(-1)).toMatchObject({ trigger: "cli", partOf: "ALL" });
    expect((await listRuns(t.db, beta)).runs.map((run) => run.jobId)).toEqual([betaJob]);
    const older = await listRuns(t.db, acme, { startedAt: runs[0]!.startedAt, id: runs[0]!.id });
    expect(older.runs.map((run) => run.id)).toEqual(runs.slice(1).map((run) => run.id));
  });

  it("lists the part of an import's incremental matching that changed the workspace's job", async () => {
    const [newcomer] = eligibleCandidates(1, "new", 100);
    const { changedCandidateIds } = await importData(t.db, { workspaces: [], candidates: [newcomer], jobs: [] });
    await notifyCandidatesUpdated(t.db, changedCandidateIds, "import");
    const [latest] = (await listRuns(t.db, acme)).runs;
    expect(latest).toMatchObject({ jobId: acmeJob, trigger: "import", status: "SUCCEEDED", partOf: "CANDIDATE", candidatesConsidered: 1 });
    expect(latest!.matchingsWritten).toBeGreaterThan(0);
    // The newcomer fits beta's job too: beta sees its own part, each workspace only its own.
    const betaRuns = (await listRuns(t.db, beta)).runs;
    expect(betaRuns[0]).toMatchObject({ jobId: betaJob, trigger: "import", partOf: "CANDIDATE" });
    expect(new Set(betaRuns.map((run) => run.jobId))).toEqual(new Set([betaJob]));
  });
});
