import type { Db } from "../db";
import { DomainError } from "../domain-error";

export type ScoreChange = { screeningScore?: number | null; interviewScore?: number | null };

/** Sets a response's screening and/or interview score; says which of the two actually changed. */
export async function updateResponseScores(db: Db, workspaceId: string, id: string, change: ScoreChange) {
  const before = await db.response.findFirst({ where: { id, job: { workspaceId } } });
  if (!before) throw new DomainError("RESPONSE_NOT_FOUND", "Response not found");
  const response = await db.response.update({ where: { id }, data: change });
  const changed: ("screening" | "interview")[] = [];
  if (change.screeningScore !== undefined && change.screeningScore !== before.screeningScore) changed.push("screening");
  if (change.interviewScore !== undefined && change.interviewScore !== before.interviewScore) changed.push("interview");
  return { response, changed };
}
