import type { CandidatePool } from "../scoring/candidate-pool";
import type { Scored } from "../scoring/rank-candidates";
import { rankTop } from "../scoring/rank-top";
import type { TokenDictionary } from "../scoring/score-key";
import type { CandidateFeatures, JobFeatures, ResponseEvidence } from "../scoring/types";

export type LoadFeatures = (ids: string[]) => Promise<ReadonlyMap<string, CandidateFeatures>>;

/** What a source has given so far, and the most anyone it has not given yet can score. */
export type CandidateBatch = {
  /** Every candidate given so far: the job's eligible ones among others (the ranking checks). */
  pool: CandidatePool;
  /** The words dictionary the pool's inputs were made with. */
  dictionary: TokenDictionary;
  /**
   * The most anyone not given yet can score, of those who could still enter the top (the others
   * are beaten by candidates given first, whatever their scores); -Infinity when nobody is left.
   */
  rest: number;
};

/**
 * Where a job's ranking gets its candidates: all at once (the all-jobs run's pool, loaded once for
 * every job) or a few at a time, best bound first (a single job's contenders).
 */
export type CandidateSource = {
  /** The next batch: more candidates, given only while the last ranking could still change. */
  next: () => Promise<CandidateBatch>;
  responses: ReadonlyMap<string, ResponseEvidence>;
  /** Loads candidates outside the pool whose rows recruiters kept. */
  loadFeatures: LoadFeatures;
  /** How many candidates are eligible, when the pool holds only those who can reach the top. */
  eligibleCount?: number;
};

/** A source giving a pool already loaded, whole. */
export function poolSource(
  pool: CandidatePool,
  dictionary: TokenDictionary,
  responses: ReadonlyMap<string, ResponseEvidence>,
  loadFeatures: LoadFeatures,
): CandidateSource {
  return { next: async () => ({ pool, dictionary, rest: -Infinity }), responses, loadFeatures };
}

/**
 * The `k` best eligible candidates the source can give, best first and scored in full, and how
 * many are eligible: each batch is ranked (rankTop) until nobody left can beat the k-th best
 * found, so whoever is left out is beaten by k candidates and the top is the one ranking
 * everyone gives. Candidates in `skip` (a job's REJECTED rows) take no place.
 */
export async function rankSource(
  job: JobFeatures,
  source: CandidateSource,
  options: { k: number; skip: ReadonlySet<string> },
): Promise<{ ranked: Scored[]; eligible: number }> {
  for (;;) {
    const { pool, dictionary, rest } = await source.next();
    const top = rankTop(job, pool, dictionary, { k: options.k, responses: source.responses, skip: options.skip });
    const kth = top.ranked[options.k - 1]?.breakdown.matchScore;
    if (rest === -Infinity || (kth !== undefined && rest < kth)) {
      return { ranked: top.ranked, eligible: source.eligibleCount ?? top.eligible };
    }
  }
}
