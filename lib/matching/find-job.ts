import type { Db } from "../db";
import { isUuid } from "../validation/is-uuid";
import { MatchingError } from "./errors";

/** A job's id from its id or its externalId. */
export async function resolveJobId(db: Db, idOrExternalId: string): Promise<string> {
  const job = await db.job.findFirst({
    where: isUuid(idOrExternalId) ? { OR: [{ id: idOrExternalId }, { externalId: idOrExternalId }] } : { externalId: idOrExternalId },
    select: { id: true },
  });
  if (!job) throw new MatchingError("JOB_NOT_FOUND", `No job has the id or externalId "${idOrExternalId}"`);
  return job.id;
}
