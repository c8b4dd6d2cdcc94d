import type { Db } from "../db";
import { candidatePool } from "../scoring/candidate-pool";
import { scoringInput, type ScoringInput, type TokenDictionary } from "../scoring/score-key";
import type { CandidateSource, LoadFeatures } from "./candidate-source";
import { findContenders } from "./find-contenders";
import type { LoadedJob } from "./load-jobs";
import { loadResponses } from "./load-responses";
import { RANKED, rejectedIds, type KeptRows } from "./rank-and-save";

// Contenders whose features are loaded first; each further batch loads twice as many.
const FIRST_BATCH = 200;

/**
 * One job's candidates without loading every eligible candidate's features: its contenders
 * (findContenders), given best bound first, batch by batch, each batch's `rest` the next
 * contender's bound, so that the ranking (rankSource) stops loading once nobody left can enter.
 * `loadFeatures` must end open positions at `asOf`, the date the bounds are computed for. `kept`
 * is the job's kept rows as the ranking will see them (rankAndSave reads them once for both).
 */
export async function contenderSource(
  db: Db,
  job: LoadedJob,
  loadFeatures: LoadFeatures,
  asOf: Date,
  kept: KeptRows,
): Promise<CandidateSource> {
  const responses = (await loadResponses(db, [job.id])).get(job.id) ?? new Map();
  // Rejected candidates take no place, so RANKED others must beat whoever is left out.
  const k = RANKED + rejectedIds(kept, job.id).size;
  const { eligible, contenders } = await findContenders(db, job.features, { k, responders: [...responses.keys()], asOf });

  const dictionary: TokenDictionary = new Map();
  const loaded: ScoringInput[] = [];
  let next = 0;
  let size = FIRST_BATCH;
  return {
    responses,
    loadFeatures,
    eligibleCount: eligible,
    next: async () => {
      const ids = contenders.slice(next, next + size).map((contender) => contender.id);
      next += ids.length;
      size *= 2;
      for (const features of (await loadFeatures(ids)).values()) loaded.push(scoringInput(features, dictionary));
      return { pool: candidatePool(loaded), dictionary, rest: contenders[next]?.high ?? -Infinity };
    },
  };
}
