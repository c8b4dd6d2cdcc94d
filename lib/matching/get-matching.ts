import type { Db } from "../db";
import { DomainError } from "../domain-error";
import type { MatchingItem } from "./matching-schemas";
import { matchingInclude, serializeMatching } from "./serialize-matching";

/** One matching of the workspace; another workspace's is as unknown as a missing one. */
export async function getMatching(db: Db, workspaceId: string, id: string): Promise<MatchingItem> {
  const row = await db.candidateMatching.findFirst({ where: { id, job: { workspaceId } }, include: matchingInclude });
  if (!row) throw new DomainError("MATCHING_NOT_FOUND", "Matching not found");
  return serializeMatching(row);
}
