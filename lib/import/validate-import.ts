import type { DbClient } from "../db";
import { describeIssues } from "../validation/describe-issues";
import { findUnstorableText } from "../validation/find-unstorable-text";
import { formatPath } from "../validation/format-path";
import { importFileSchema, type ImportFile } from "./import-schema";
import { importReferences, referenceIssues } from "./import-references";

export type ImportIssue = { path: string; message: string };

export class ImportValidationError extends Error {
  override name = "ImportValidationError";
  constructor(readonly issues: ImportIssue[]) {
    super(
      `The import file is invalid (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n` +
        issues.map((issue) => `  ${issue.path}: ${issue.message}`).join("\n"),
    );
  }
}

/**
 * Checks the whole file before anything is written: its shape, and what refers to what, within
 * the file and against the database, both in one pass (a file with a misspelt key and an unknown
 * workspace hears of both at once). Throws ImportValidationError listing every problem.
 */
export async function validateImport(db: DbClient, input: unknown): Promise<ImportFile> {
  const unstorable = findUnstorableText(input);
  if (unstorable.length > 0) throw new ImportValidationError(describeIssues(null, unstorable));
  const parsed = importFileSchema.safeParse(input);
  const issues: ImportIssue[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const refs = importReferences(input);
  const duplicates = (items: { key: string; index: number }[], label: (index: number) => string, what: string) => {
    const seen = new Map<string, number>();
    for (const { key, index } of items) {
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else issues.push({ path: label(index), message: `duplicate ${what} "${key}" (first at ${label(first)})` });
    }
  };
  duplicates(
    refs.workspaces.map((w) => ({ key: w.slug, index: w.index })),
    (i) => `workspaces[${i}].slug`,
    "workspace slug",
  );
  duplicates(
    refs.candidates.map((c) => ({ key: c.externalId, index: c.index })),
    (i) => `candidates[${i}].externalId`,
    "candidate externalId",
  );
  duplicates(
    refs.jobs.flatMap((j) => (j.externalId === undefined ? [] : [{ key: j.externalId, index: j.index }])),
    (i) => `jobs[${i}].externalId`,
    "job externalId",
  );
  duplicates(
    refs.responses.flatMap((r) =>
      r.job === undefined || r.candidate === undefined ? [] : [{ key: `${r.job} / ${r.candidate}`, index: r.index }],
    ),
    (i) => `responses[${i}]`,
    "response for job / candidate",
  );
  issues.push(...(await referenceIssues(db, refs)));
  if (issues.length > 0 || !parsed.success) throw new ImportValidationError(issues);
  return parsed.data;
}
