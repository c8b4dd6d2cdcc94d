import type { Db } from "../../lib/db";
import { importData } from "../../lib/import/import-data";

type CandidateInput = Record<string, unknown> & { externalId: string };

/**
 * `count` candidates eligible for the fixture job (TypeScript, Fintech) whose match score rises
 * with their index (test score = index), so the expected ranking is known: the highest index first.
 */
export function eligibleCandidates(count: number, prefix = "c", from = 1): CandidateInput[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return {
      externalId: `${prefix}-${String(n).padStart(3, "0")}`,
      name: `Candidate ${n}`,
      skills: ["TypeScript"],
      domains: ["Fintech"],
      technicalTests: [{ name: "TS", score: Math.min(100, n), completedAt: "2026-01-01" }],
    };
  });
}

export const fixtureJob = (externalId = "j-1", overrides: Record<string, unknown> = {}) => ({
  externalId,
  workspace: "acme",
  title: "Frontend engineer",
  description: "TypeScript frontends for payments",
  status: "ACTIVE",
  skills: ["TypeScript", "React"],
  domains: ["Fintech"],
  minYearsExperience: 2,
  ...overrides,
});

/** Imports workspaces acme and beta, the candidates and the jobs (default: one fixture job). */
export async function seed(db: Db, candidates: CandidateInput[], jobs: Record<string, unknown>[] = [fixtureJob()]) {
  await importData(db, {
    workspaces: [
      { slug: "acme", name: "Acme" },
      { slug: "beta", name: "Beta" },
    ],
    candidates,
    jobs,
  });
}

export async function jobId(db: Db, externalId = "j-1"): Promise<string> {
  return (await db.job.findUniqueOrThrow({ where: { externalId } })).id;
}

/** The job's rows as a recruiter sees them: externalId → { rank, status }. */
export async function matchingsOf(db: Db, id: string) {
  const rows = await db.candidateMatching.findMany({
    where: { jobId: id },
    include: { candidate: { select: { externalId: true } } },
    orderBy: [{ rank: "asc" }],
  });
  return new Map(rows.map((row) => [row.candidate.externalId!, row]));
}

export async function setStatus(db: Db, job: string, candidateExternalId: string, status: "PENDING" | "VIEWED" | "CONTACTED" | "REJECTED") {
  const candidate = await db.candidate.findUniqueOrThrow({ where: { externalId: candidateExternalId } });
  await db.candidateMatching.update({ where: { jobId_candidateId: { jobId: job, candidateId: candidate.id } }, data: { status } });
}
