import { notFound } from "../api/api-error";
import type { Db } from "../db";
import type { MatchingItem } from "./matching-schemas";
import { matchingInclude, serializeMatching } from "./serialize-matching";

/** One matching of the workspace; another workspace's is as unknown as a missing one. */
export async function getMatching(db: Db, workspaceId: string, id: string): Promise<MatchingItem> {
  const row = await db.candidateMatching.findFirst({ where: { id, job: { workspaceId } }, include: matchingInclude });
  if (!row) throw notFound("Matching");
  return serializeMatching(row);
}
