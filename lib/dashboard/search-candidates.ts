import type { Db } from "../db";
import type { MatchStatus } from "../matching/match-statuses";
import { knownEntriesSql } from "../taxonomy/known-entries-sql";
import { lookupKeys } from "../taxonomy/lookup-keys";

/** At most this many candidates per search: a recruiter refines a search, never pages through one. */
export const SEARCH_LIMIT = 50;

export type CandidateHit = {
  candidateId: string;
  name: string;
  headline: string;
  /** The skill of theirs that matched the searched one: "Kubernetes (as k8s)", or a skill implying it. */
  skill: string | null;
  matchings: { jobId: string; jobTitle: string; rank: number | null; status: MatchStatus; matchScore: number }[];
};

export type CandidateSearch = { skill: { id: number; name: string } | null; candidates: CandidateHit[]; more: boolean };

// Case and accents fold alike in SQL and here: NFD, then combining marks dropped, then lower case.
const MARKS = "[\u0300-\u036f]";
const fold = (text: string) => text.normalize("NFD").replace(new RegExp(MARKS, "g"), "").toLowerCase();
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (character) => `\\${character}`);

/**
 * The candidates of a workspace's matchings (any of its jobs, ranked or kept) whose name contains
 * the query, ignoring case and accents, or who hold the skill it names ("k8s" is Kubernetes) or one
 * implying it; best match score first, each with their matchings in this workspace only.
 * Candidates are a shared pool: one matched only by another workspace's jobs is never found.
 */
export async function searchCandidates(db: Db, workspaceId: string, query: string): Promise<CandidateSearch> {
  const text = query.trim();
  if (text === "") return { skill: null, candidates: [], more: false };
  const skill = await findSkill(db, text);
  const skillId = skill?.id ?? null;
  const hits = await db.$queryRaw<Omit<CandidateHit, "matchings">[]>`
    WITH pool AS (
      SELECT m."candidateId" AS id, max(m."matchScore") AS best
      FROM "CandidateMatching" m JOIN "Job" j ON j.id = m."jobId"
      WHERE j."workspaceId" = ${workspaceId}::uuid
      GROUP BY m."candidateId"
    ),
    found AS (
      SELECT c.id, c.name, c.headline, pool.best,
        (SELECT s.name || COALESCE(' (as ' || cs.spelling || ')', '')
           FROM "CandidateSkill" cs JOIN "Skill" s ON s.id = cs."skillId"
           WHERE cs."candidateId" = c.id
             AND (cs."skillId" = ${skillId}::int
               OR EXISTS (SELECT 1 FROM "SkillClosure" sc WHERE sc."skillId" = cs."skillId" AND sc."impliedId" = ${skillId}::int))
           ORDER BY cs."skillId" = ${skillId}::int DESC, s.name LIMIT 1) AS skill
      FROM pool JOIN "Candidate" c ON c.id = pool.id
    )
    SELECT id AS "candidateId", name, headline, skill FROM found
    WHERE skill IS NOT NULL
       OR regexp_replace(normalize(lower(name), NFD), ${MARKS}, '', 'g') LIKE '%' || ${likeEscaped(fold(text))} || '%'
    ORDER BY best DESC, name, id
    LIMIT ${SEARCH_LIMIT + 1}`;
  const shown = hits.slice(0, SEARCH_LIMIT);
  const matchings = await db.candidateMatching.findMany({
    where: { candidateId: { in: shown.map((hit) => hit.candidateId) }, job: { workspaceId } },
    select: { candidateId: true, rank: true, status: true, matchScore: true, job: { select: { id: true, title: true } } },
    orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { matchScore: "desc" }],
  });
  return {
    skill,
    more: hits.length > SEARCH_LIMIT,
    candidates: shown.map((hit) => ({
      ...hit,
      matchings: matchings
        .filter((row) => row.candidateId === hit.candidateId)
        .map((row) => ({ jobId: row.job.id, jobTitle: row.job.title, rank: row.rank, status: row.status, matchScore: row.matchScore })),
    })),
  };
}

/** The skill a query names, by the catalogue's own resolution (name or alias, then looser keys), or null. */
async function findSkill(db: Db, text: string): Promise<{ id: number; name: string } | null> {
  const keys = lookupKeys(text);
  if (keys.length === 0) return null;
  const [found] = await db.$queryRaw<{ id: number; name: string }[]>`
    WITH ${knownEntriesSql("skill", [[text, keys]])}
    SELECT s.id, s.name FROM known JOIN "Skill" s ON s.id = known.id`;
  return found ?? null;
}
