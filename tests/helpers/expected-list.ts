import type { Db } from "../../lib/db";

export type ListState = Record<string, { rank: number | null; status: string }>;

/** A job's rows as a recruiter sees them: candidate externalId → rank and status. */
export async function listState(db: Db, jobId: string): Promise<ListState> {
  const rows = await db.candidateMatching.findMany({
    where: { jobId },
    select: { rank: true, status: true, candidate: { select: { externalId: true } } },
  });
  return Object.fromEntries(rows.map((row) => [row.candidate.externalId!, { rank: row.rank, status: row.status }]));
}

/**
 * The list the engine must produce for the fixture job (tests/helpers/fixtures.ts), whose
 * candidates' scores rise with the number in their externalId: the 50 best candidates that are
 * not REJECTED, ranked by that number, keeping every status, plus REJECTED rows and CONTACTED
 * rows outside the top, unranked.
 */
export function expectedList(candidates: readonly string[], statuses: ReadonlyMap<string, string>): ListState {
  const number = (externalId: string) => Number(externalId.split("-").at(-1));
  const best = [...candidates].sort((a, b) => number(b) - number(a));
  const top = best.filter((id) => statuses.get(id) !== "REJECTED").slice(0, 50);
  const state: ListState = Object.fromEntries(top.map((id, index) => [id, { rank: index + 1, status: statuses.get(id) ?? "PENDING" }]));
  for (const [id, status] of statuses) {
    if (!(id in state) && (status === "REJECTED" || status === "CONTACTED")) state[id] = { rank: null, status };
  }
  return state;
}
