import type { DbClient } from "../db";
import { describeIssues } from "../validation/describe-issues";
import { findUnstorableText } from "../validation/find-unstorable-text";
import { formatPath } from "../validation/format-path";
import { importFileSchema, type ImportFile } from "./import-schema";

export type ImportIssue = { path: string; message: string };

export class ImportValidationError extends Error {
  override name = "ImportValidationError";
  constructor(readonly issues: ImportIssue[]) {
    super(`The import file is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${issues.map((issue) => `  ${issue.path}: ${issue.message}`).join("\n")}`);
  }
}

/**
 * Checks the whole file before anything is written: its shape, then what refers to what,
 * within the file and against the database. Throws ImportValidationError listing every problem.
 */
export async function validateImport(db: DbClient, input: unknown): Promise<ImportFile> {
  const unstorable = findUnstorableText(input);
  if (unstorable.length > 0) throw new ImportValidationError(describeIssues(null, unstorable));
  const parsed = importFileSchema.safeParse(input);
  if (!parsed.success) {
    throw new ImportValidationError(parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })));
  }
  const data = parsed.data;
  const issues: ImportIssue[] = [];
  const duplicates = (items: string[], label: (index: number) => string, what: string) => {
    const seen = new Map<string, number>();
    items.forEach((key, index) => {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else issues.push({ path: label(index), message: `duplicate ${what} "${key}" (first at ${label(first)})` });
    });
  };
  duplicates(data.workspaces.map((w) => w.slug), (i) => `workspaces[${i}].slug`, "workspace slug");
  duplicates(data.candidates.map((c) => c.externalId), (i) => `candidates[${i}].externalId`, "candidate externalId");
  duplicates(data.jobs.map((j) => j.externalId), (i) => `jobs[${i}].externalId`, "job externalId");
  duplicates(data.responses.map((r) => `${r.job} / ${r.candidate}`), (i) => `responses[${i}]`, "response for job / candidate");

  const [workspaces, jobs, candidates] = await Promise.all([
    db.workspace.findMany({ where: { slug: { in: data.jobs.map((job) => job.workspace) } }, select: { slug: true } }),
    db.job.findMany({
      where: { externalId: { in: [...data.jobs.map((job) => job.externalId), ...data.responses.map((r) => r.job)] } },
      select: { externalId: true, workspace: { select: { slug: true } } },
    }),
    db.candidate.findMany({ where: { externalId: { in: data.responses.map((r) => r.candidate) } }, select: { externalId: true } }),
  ]);
  const knownWorkspaces = new Set([...data.workspaces.map((w) => w.slug), ...workspaces.map((w) => w.slug)]);
  const storedJobWorkspace = new Map(jobs.map((job) => [job.externalId, job.workspace.slug]));
  const knownJobs = new Set([...data.jobs.map((job) => job.externalId), ...storedJobWorkspace.keys()]);
  const knownCandidates = new Set([...data.candidates.map((c) => c.externalId), ...candidates.map((c) => c.externalId)]);

  data.jobs.forEach((job, index) => {
    if (!knownWorkspaces.has(job.workspace)) {
      issues.push({ path: `jobs[${index}].workspace`, message: `unknown workspace "${job.workspace}": add it under "workspaces"` });
    }
    const stored = storedJobWorkspace.get(job.externalId);
    if (stored !== undefined && stored !== job.workspace) {
      issues.push({ path: `jobs[${index}].workspace`, message: `job "${job.externalId}" belongs to workspace "${stored}" and cannot move` });
    }
  });
  data.responses.forEach((response, index) => {
    if (!knownJobs.has(response.job)) issues.push({ path: `responses[${index}].job`, message: `unknown job "${response.job}"` });
    if (!knownCandidates.has(response.candidate)) {
      issues.push({ path: `responses[${index}].candidate`, message: `unknown candidate "${response.candidate}"` });
    }
  });
  if (issues.length > 0) throw new ImportValidationError(issues);
  return data;
}
