import type { Db } from "../db";
import { candidatePool } from "../scoring/candidate-pool";
import { rankTop } from "../scoring/rank-top";
import { scoringInput, type ScoringInput, type TokenDictionary } from "../scoring/score-key";
import { findContenders } from "./find-contenders";
import type { LoadedJob } from "./load-jobs";
import { loadResponses } from "./load-responses";
import { TOP_N } from "./plan-matchings";
import { rejectedIds, SPARE, type JobInputs, type KeptRows, type LoadFeatures } from "./rank-and-save";

// Contenders whose features are loaded first; each further round loads twice as many.
const FIRST_ROUND = 200;

/**
 * One job's candidates for ranking without loading every eligible candidate's features: the
 * contenders (findContenders) are loaded best bound first, round by round, until the next one's
 * bound is below the k-th best real score found so far. Whoever is left out is beaten by k loaded
 * candidates, so the top k is the one ranking everyone would give. `loadFeatures` must end open
 * positions at `asOf`, the date the bounds are computed for. `kept` is the job's kept rows as the
 * ranking will see them (rankAndSave reads them once for both).
 */
export async function loadContenders(db: Db, job: LoadedJob, loadFeatures: LoadFeatures, asOf: Date, kept: KeptRows): Promise<JobInputs> {
  const responses = (await loadResponses(db, [job.id])).get(job.id) ?? new Map();
  const rejected = rejectedIds(kept, job.id);
  const k = TOP_N + SPARE;
  // Rejected candidates take no place, so k others must beat whoever is left out.
  const { eligible, contenders } = await findContenders(db, job.features, { k: k + rejected.size, responders: [...responses.keys()], asOf });

  const dictionary: TokenDictionary = new Map();
  const loaded: ScoringInput[] = [];
  let pool = candidatePool(loaded);
  for (let next = 0, round = FIRST_ROUND; next < contenders.length; round *= 2) {
    const ids = contenders.slice(next, next + round).map((contender) => contender.id);
    next += ids.length;
    for (const features of (await loadFeatures(ids)).values()) loaded.push(scoringInput(features, dictionary));
    pool = candidatePool(loaded);
    const top = rankTop(job.features, pool, dictionary, { k, responses, skip: rejected });
    const kth = top.ranked[k - 1]?.breakdown.matchScore;
    if (kth !== undefined && next < contenders.length && contenders[next]!.high < kth) break;
  }
  return { pool, dictionary, responses, loadFeatures, eligibleCount: eligible };
}
