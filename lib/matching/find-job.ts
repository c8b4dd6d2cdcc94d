import type { Db } from "../db";
import { MatchingError } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A job's id from its id or its externalId. */
export async function resolveJobId(db: Db, idOrExternalId: string): Promise<string> {
  const job = await db.job.findFirst({
    where: UUID.test(idOrExternalId) ? { OR: [{ id: idOrExternalId }, { externalId: idOrExternalId }] } : { externalId: idOrExternalId },
    select: { id: true },
  });
  if (!job) throw new MatchingError("JOB_NOT_FOUND", `No job has the id or externalId "${idOrExternalId}"`);
  return job.id;
}
