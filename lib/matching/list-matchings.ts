import { z } from "zod";
import type { Db } from "../db";
import { DomainError } from "../domain-error";
import type { Prisma } from "../generated/prisma/client";
import type { listMatchingsQuery, MatchingItem } from "./matching-schemas";
import { matchingInclude, serializeMatching } from "./serialize-matching";
import { FULL_COVERAGE } from "../scoring/meets-requirements";

type Query = z.infer<typeof listMatchingsQuery>;
type Cursor = { jobId: string; rank: number | null; id: string };

// Order: job, then rank (unranked kept rows last), then id. The cursor is the last row's key,
// so pages never skip or repeat a row even while rows change between requests.
const encode = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString("base64url");

const unknownCursor = () => new DomainError("UNKNOWN_CURSOR", "Invalid query: query.cursor is not a cursor this API returned");

// A cursor is client input: its fields are checked as strictly as any query parameter, so a
// forged one is a 400 and never reaches the database as a non-UUID or an out-of-range rank.
const cursorSchema = z.object({ jobId: z.uuid(), rank: z.int32().min(1).nullable(), id: z.uuid() });

function decode(cursor: string): Cursor {
  try {
    const value = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString()));
    if (value.success) return value.data;
  } catch {
    // answered below
  }
  throw unknownCursor();
}

/** A cursor names a job: one of another workspace (a cursor obtained there) is as unknown as a forged one. */
async function decodeOwn(db: Db, workspaceId: string, cursor: string): Promise<Cursor> {
  const decoded = decode(cursor);
  if (!(await db.job.findFirst({ where: { id: decoded.jobId, workspaceId }, select: { id: true } }))) throw unknownCursor();
  return decoded;
}

function after(cursor: Cursor): Prisma.CandidateMatchingWhereInput {
  const sameJob: Prisma.CandidateMatchingWhereInput =
    cursor.rank === null
      ? { jobId: cursor.jobId, rank: null, id: { gt: cursor.id } }
      : { jobId: cursor.jobId, OR: [{ rank: { gt: cursor.rank } }, { rank: null }, { rank: cursor.rank, id: { gt: cursor.id } }] };
  return { OR: [{ jobId: { gt: cursor.jobId } }, sameJob] };
}

/** One page of the workspace's matchings: one job's, or across its active jobs (optionally one candidate's). */
export async function listMatchings(
  db: Db,
  workspaceId: string,
  query: Query,
): Promise<{ data: MatchingItem[]; nextCursor: string | null }> {
  if (query.jobId && !(await db.job.findFirst({ where: { id: query.jobId, workspaceId }, select: { id: true } })))
    throw new DomainError("JOB_NOT_FOUND", "Job not found");
  const where: Prisma.CandidateMatchingWhereInput = {
    job: query.jobId ? { id: query.jobId, workspaceId } : { workspaceId, status: "ACTIVE" },
    ...(query.candidateId ? { candidateId: query.candidateId } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.minScore !== undefined ? { matchScore: { gte: query.minScore } } : {}),
    ...(query.minSkillsMatch !== undefined ? { skillsMatch: { gte: query.minSkillsMatch } } : {}),
    ...(query.allRequiredSkills ? { requiredCoverage: { gte: FULL_COVERAGE } } : {}),
  };
  const rows = await db.candidateMatching.findMany({
    where: query.cursor ? { AND: [where, after(await decodeOwn(db, workspaceId, query.cursor))] } : where,
    include: matchingInclude,
    orderBy: [{ jobId: "asc" }, { rank: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    data: page.map(serializeMatching),
    nextCursor: rows.length > query.limit && last ? encode({ jobId: last.jobId, rank: last.rank, id: last.id }) : null,
  };
}
