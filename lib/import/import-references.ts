import type { DbClient } from "../db";

type Indexed<T> = T & { index: number };

/** What refers to what in an import file, read from its raw JSON so a file with schema errors is checked too. */
export type ImportReferences = {
  workspaces: Indexed<{ slug: string }>[];
  candidates: Indexed<{ externalId: string }>[];
  jobs: Indexed<{ externalId?: string; workspace: string }>[];
  responses: Indexed<{ job?: string; candidate?: string }>[];
};

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
const entries = (input: unknown, key: string): Record<string, unknown>[] => {
  const list = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
  return Array.isArray(list)
    ? list.map((item) => (typeof item === "object" && item !== null ? (item as Record<string, unknown>) : {}))
    : [];
};
const present = <T>(items: (T | undefined)[]) => items.filter((item): item is T => item !== undefined);

/** The names each entry uses, as the schema would read them (trimmed); entries without one are left to the schema. */
export function importReferences(input: unknown): ImportReferences {
  return {
    workspaces: present(entries(input, "workspaces").map((w, index) => (text(w.slug) ? { slug: text(w.slug)!, index } : undefined))),
    candidates: present(
      entries(input, "candidates").map((c, index) => (text(c.externalId) ? { externalId: text(c.externalId)!, index } : undefined)),
    ),
    jobs: present(
      entries(input, "jobs").map((j, index) =>
        text(j.workspace) ? { externalId: text(j.externalId), workspace: text(j.workspace)!, index } : undefined,
      ),
    ),
    responses: entries(input, "responses").map((r, index) => ({ job: text(r.job), candidate: text(r.candidate), index })),
  };
}

/**
 * Every reference the file makes that resolves neither in the file nor in the database, and every
 * job the file would move to another workspace, as issues with the entry's path.
 */
export async function referenceIssues(db: DbClient, refs: ImportReferences): Promise<{ path: string; message: string }[]> {
  const jobIds = present([...refs.jobs.map((j) => j.externalId), ...refs.responses.map((r) => r.job)]);
  const [workspaces, jobs, candidates] = await Promise.all([
    db.workspace.findMany({ where: { slug: { in: refs.jobs.map((job) => job.workspace) } }, select: { slug: true } }),
    db.job.findMany({ where: { externalId: { in: jobIds } }, select: { externalId: true, workspace: { select: { slug: true } } } }),
    db.candidate.findMany({ where: { externalId: { in: present(refs.responses.map((r) => r.candidate)) } }, select: { externalId: true } }),
  ]);
  const knownWorkspaces = new Set([...refs.workspaces.map((w) => w.slug), ...workspaces.map((w) => w.slug)]);
  const storedJobWorkspace = new Map(jobs.map((job) => [job.externalId, job.workspace.slug]));
  const knownJobs = new Set([...present(refs.jobs.map((job) => job.externalId)), ...storedJobWorkspace.keys()]);
  const knownCandidates = new Set([...refs.candidates.map((c) => c.externalId), ...candidates.map((c) => c.externalId)]);

  const issues: { path: string; message: string }[] = [];
  for (const job of refs.jobs) {
    if (!knownWorkspaces.has(job.workspace)) {
      issues.push({ path: `jobs[${job.index}].workspace`, message: `unknown workspace "${job.workspace}": add it under "workspaces"` });
    }
    const stored = job.externalId === undefined ? undefined : storedJobWorkspace.get(job.externalId);
    if (stored !== undefined && stored !== job.workspace) {
      issues.push({
        path: `jobs[${job.index}].workspace`,
        message: `job "${job.externalId}" belongs to workspace "${stored}" and cannot move`,
      });
    }
  }
  for (const response of refs.responses) {
    if (response.job !== undefined && !knownJobs.has(response.job))
      issues.push({ path: `responses[${response.index}].job`, message: `unknown job "${response.job}"` });
    if (response.candidate !== undefined && !knownCandidates.has(response.candidate)) {
      issues.push({ path: `responses[${response.index}].candidate`, message: `unknown candidate "${response.candidate}"` });
    }
  }
  return issues;
}
