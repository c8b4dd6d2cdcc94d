import type { Db } from "../db";

export type ActiveJobRef = { id: string; workspaceId: string };

/**
 * The first `size` ACTIVE jobs after the job `after` (from the start when null), in id order.
 * Keyset pagination: each page starts where the previous one ended, on the (status, id) index,
 * so a page costs the same at the millionth job as at the first, and a job activated or closed
 * meanwhile shifts no page.
 */
export async function listActiveJobPage(db: Db, after: string | null, size: number): Promise<ActiveJobRef[]> {
  return db.job.findMany({
    where: { status: "ACTIVE", ...(after === null ? {} : { id: { gt: after } }) },
    select: { id: true, workspaceId: true },
    orderBy: { id: "asc" },
    take: size,
  });
}
