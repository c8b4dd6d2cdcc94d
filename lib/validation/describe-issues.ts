import { formatPath } from "./format-path";

export type IssueDetail = { path: string; message: string };

const MAX_DETAILS = 5;
const MAX_TEXT = 200;

const shorten = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/**
 * Validation issues as a client is told them, under `where` (body, query, …): at most five, each
 * path and message cut to 200 characters, so an answer stays small whatever the input was (an
 * object of 60,000 unknown keys, a path 60 levels deep, a key of a megabyte).
 */
export function describeIssues(where: string | null, issues: readonly { path: readonly PropertyKey[]; message: string }[]): IssueDetail[] {
  return issues.slice(0, MAX_DETAILS).map((issue) => ({
    path: shorten(formatPath(where === null ? issue.path : [where, ...issue.path])),
    message: shorten(issue.message),
  }));
}
