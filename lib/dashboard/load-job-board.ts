import type { Db } from "../db";
import type { MatchStatus } from "../matching/match-statuses";
import type { Breakdown } from "../scoring/types";
import { isUuid } from "../validation/is-uuid";

export type BoardJob = {
  id: string;
  title: string;
  description: string;
  status: "DRAFT" | "ACTIVE" | "CLOSED";
  minYearsExperience: number;
  /** The least share (0–100) of the required skills a candidate must hold. */
  minSkillsCoverage: number;
  skills: { id: number; name: string; required: boolean; mustHave: boolean }[];
  domains: { id: number; name: string }[];
  lastRun: { at: string; trigger: string; status: string } | null;
};

export type BoardRow = {
  id: string;
  candidateId: string;
  name: string;
  headline: string;
  rank: number | null;
  matchScore: number;
  /** The share (0–100) of the job's required skills the candidate holds, listed or implied. */
  requiredCoverage: number;
  breakdown: Breakdown;
  aiReason: string;
  aiReasonSource: "TEMPLATE" | "GEMINI";
  status: MatchStatus;
};

/**
 * A job of a workspace and all its matching rows, ranked first, in two queries: what the job
 * page shows. Null when the job does not exist in that workspace (another workspace's job is
 * indistinguishable from a missing one).
 */
export async function loadJobBoard(db: Db, workspaceId: string, jobId: string): Promise<{ job: BoardJob; rows: BoardRow[] } | null> {
  if (!isUuid(jobId)) return null;
  const [jobs, rows] = await Promise.all([
    db.$queryRaw<BoardJob[]>`
      SELECT j.id, j.title, j.description, j.status::text AS status, j."minYearsExperience", j."minSkillsCoverage",
        COALESCE((SELECT json_agg(json_build_object('id', s.id, 'name', s.name, 'required', js.required, 'mustHave', js."mustHave")
                           ORDER BY js.required DESC, s.name)
                  FROM "JobSkill" js JOIN "Skill" s ON s.id = js."skillId" WHERE js."jobId" = j.id), '[]'::json) AS skills,
        COALESCE((SELECT json_agg(json_build_object('id', d.id, 'name', d.name) ORDER BY d.name)
                  FROM "JobDomain" jd JOIN "Domain" d ON d.id = jd."domainId" WHERE jd."jobId" = j.id), '[]'::json) AS domains,
        (SELECT json_build_object('at', r."startedAt", 'trigger', r.trigger, 'status', r.status::text)
           FROM "MatchingRun" r WHERE r."jobId" = j.id ORDER BY r."startedAt" DESC LIMIT 1) AS "lastRun"
      FROM "Job" j WHERE j.id = ${jobId}::uuid AND j."workspaceId" = ${workspaceId}::uuid`,
    // The workspace condition is repeated here so this query alone can never leak another workspace's rows.
    db.$queryRaw<BoardRow[]>`
      SELECT m.id, m."candidateId", c.name, c.headline, m.rank, m."matchScore", m."requiredCoverage", m.breakdown,
        m."aiReason", m."aiReasonSource"::text AS "aiReasonSource", m.status::text AS status
      FROM "CandidateMatching" m
        JOIN "Job" j ON j.id = m."jobId" AND j."workspaceId" = ${workspaceId}::uuid
        JOIN "Candidate" c ON c.id = m."candidateId"
      WHERE m."jobId" = ${jobId}::uuid
      ORDER BY m.rank ASC NULLS LAST, m."matchScore" DESC, m.id`,
  ]);
  const job = jobs[0];
  return job ? { job, rows } : null;
}
