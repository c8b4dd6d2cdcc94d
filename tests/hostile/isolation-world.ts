import { randomUUID } from "node:crypto";
import { createApiKey } from "../../lib/auth/api-keys";
import { createRecruiter } from "../../lib/auth/create-recruiter";
import type { Db } from "../../lib/db";
import { importData } from "../../lib/import/import-data";
import { recalculateJob } from "../../lib/matching";
import { createResponse } from "../../lib/responses/create-response";

export const PASSWORD = "correct horse battery staple";

const person = (prefix: string, name: string, skills: string[], domains: string[]) => (n: number) => ({
  externalId: `${prefix}-${String(n).padStart(3, "0")}`,
  name: `${name} ${n}`,
  skills,
  domains,
  technicalTests: [{ name: "Test", score: n, completedAt: "2026-01-01" }],
});

/**
 * Two tenants. Workspace A ("acme") has a job, its matchings, a response and runs, all with
 * names found nowhere else ("Zebraledger", "Acmeonly"); workspace B ("beta") has a job of its own
 * matched by other candidates. Each has a recruiter and an API key.
 */
export async function buildWorld(db: Db) {
  await importData(db, {
    workspaces: [
      { slug: "acme", name: "Acme Secretworks" },
      { slug: "beta", name: "Beta Clinic" },
    ],
    candidates: [
      ...Array.from({ length: 55 }, (_, i) => person("a", "Acmeonly Person", ["TypeScript"], ["Fintech"])(i + 1)),
      ...Array.from({ length: 12 }, (_, i) => person("b", "Betaside Person", ["Python"], ["Healthcare"])(i + 1)),
    ],
    jobs: [
      {
        externalId: "job-a",
        workspace: "acme",
        title: "Zebraledger Payments Frontend",
        description: "Zebraledger internal notes",
        status: "ACTIVE",
        skills: ["TypeScript"],
        domains: ["Fintech"],
        minYearsExperience: 0,
      },
      {
        externalId: "job-b",
        workspace: "beta",
        title: "Clinic Backend",
        description: "Python services",
        status: "ACTIVE",
        skills: ["Python"],
        domains: ["Healthcare"],
        minYearsExperience: 0,
      },
    ],
  });
  const [a, b] = await Promise.all(["acme", "beta"].map((slug) => db.workspace.findUniqueOrThrow({ where: { slug } })));
  const jobA = await db.job.findUniqueOrThrow({ where: { externalId: "job-a" } });
  const jobB = await db.job.findUniqueOrThrow({ where: { externalId: "job-b" } });
  await recalculateJob(db, jobA.id, { trigger: "cli" });
  await recalculateJob(db, jobB.id, { trigger: "cli" });
  const matchingsA = await db.candidateMatching.findMany({
    where: { jobId: jobA.id },
    orderBy: { rank: "asc" },
    include: { candidate: true },
  });
  const candidateA = matchingsA[0]!.candidate;
  const response = await createResponse(db, a!.id, jobA.id, {
    candidateId: matchingsA[1]!.candidateId,
    coverLetter: "Acmeonly cover letter",
    screeningScore: 40,
  });
  const runA = await db.matchingRun.findFirstOrThrow({ where: { jobId: jobA.id } });
  await createRecruiter(db, { email: "alice@acme.test", name: "Alice Acmeonly", password: PASSWORD, workspaces: ["acme"] });
  await createRecruiter(db, { email: "bob@beta.test", name: "Bob Betaside", password: PASSWORD, workspaces: ["beta"] });
  const keyA = await createApiKey(db, "acme", "tenant a");
  const keyB = await createApiKey(db, "beta", "tenant b");
  return {
    workspaceA: a!,
    workspaceB: b!,
    jobA: jobA.id,
    jobB: jobB.id,
    matchingA: matchingsA[0]!.id,
    otherMatchingA: matchingsA[2]!.id,
    candidateA: candidateA.id,
    otherCandidateA: matchingsA[3]!.candidateId,
    responseA: response.id,
    runA: {
      id: runA.id,
      before: `${runA.startedAt.toISOString()}_${runA.id}`,
      sameTimeOtherId: `${runA.startedAt.toISOString()}_${randomUUID()}`,
    },
    keyA: keyA.key,
    keyB: keyB.key,
    /** Strings of workspace A that nothing B is answered may contain (unless B sent them itself). */
    secrets: [
      a!.id,
      "Acme Secretworks",
      jobA.id,
      "Zebraledger",
      "Acmeonly",
      "alice@acme.test",
      response.id,
      runA.id,
      keyA.id,
      ...matchingsA.flatMap((m) => [m.id, m.candidateId]),
    ],
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
