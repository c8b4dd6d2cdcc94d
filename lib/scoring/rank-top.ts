import type { CandidatePool } from "./candidate-pool";
import { compareRankKeys, compareScored, type RankKey, type Scored } from "./rank-candidates";
import { feedbackScore } from "./criteria/feedback-score";
import { clamp, scoreCandidate } from "./score-candidate";
import { countSkills, noSkillCounts, prepareJob, scoreCeiling, scoreKey, type ScoringInput, type TokenDictionary } from "./score-key";
import type { JobFeatures, ResponseEvidence } from "./types";

type Entry = { key: RankKey; input: ScoringInput };

/**
 * The `k` best eligible candidates of the pool, best first and scored in full, and how many were
 * eligible: the first k of every candidate scored and sorted, without sorting or fully scoring the
 * rest. Candidates in `skip` (a job's REJECTED rows) are left out. `dictionary` is the one the
 * pool's inputs were made with. Eligibility (meetsRequirements) is read from the pool's masks
 * and flat skill slots; a candidate whose score ceiling is below the k-th best found is not
 * scored at all.
 */
export function rankTop(
  job: JobFeatures,
  pool: CandidatePool,
  dictionary: TokenDictionary,
  options: { k: number; responses?: ReadonlyMap<string, ResponseEvidence>; skip?: ReadonlySet<string> },
): { ranked: Scored[]; eligible: number } {
  const prepared = prepareJob(job, dictionary, pool.skillSlots);
  const flags = prepared.skillFlags;
  const { inputs, maskWords, domainMasks, skillStarts, skills } = pool;
  // Each of the job's domains (repeats included, as the domains score counts them) as a word and bit.
  const jobDomains = job.domainIds.flatMap((id) => {
    const bit = pool.domainBits.get(id);
    return bit === undefined ? [] : [{ word: bit >>> 5, bit: 1 << (bit & 31) }];
  });
  // All of them as one mask: most candidates share none, and one AND per word says so.
  const jobMask = new Uint32Array(maskWords);
  for (const { word, bit } of jobDomains) jobMask[word]! |= bit;
  const responses = options.responses?.size ? options.responses : undefined;
  const positions = (ids: Iterable<string>) => new Set([...ids].flatMap((id) => pool.index.get(id) ?? []));
  const skip = options.skip?.size ? positions(options.skip) : undefined;
  // A response changes the feedback criterion: a responder's fixed points say nothing of them.
  const responders = responses ? positions(responses.keys()) : undefined;

  // A heap of the best k so far, worst on top: most candidates lose to it in one comparison.
  const heap: Entry[] = [];
  let eligible = 0;
  const key: RankKey = { candidateId: "", matchScore: 0, skills: 0, domains: 0 };
  const counts = noSkillCounts();
  for (let i = 0; i < inputs.length; i++) {
    let shares = 0;
    for (let w = 0; w < maskWords; w++) shares |= domainMasks[i * maskWords + w]! & jobMask[w]!;
    if (shares === 0) continue;
    countSkills(flags, skills, skillStarts[i]!, skillStarts[i + 1]!, counts);
    // A domain is shared (the mask says so): one is all the test needs to know of them.
    if (!prepared.meets(counts.required + counts.requiredImplied, counts.mustHave, 1)) continue;
    eligible++;
    if (skip?.has(i) || options.k === 0) continue;
    const response = responders?.has(i) ? responses!.get(inputs[i]!.features.id) : undefined;
    if (heap.length === options.k) {
      let sharedDomains = 0;
      for (const { word, bit } of jobDomains) if (domainMasks[i * maskWords + word]! & bit) sharedDomains++;
      const feedback = response && clamp(feedbackScore(inputs[i]!.features, response).score);
      if (scoreCeiling(prepared, pool.columns, i, feedback, counts, sharedDomains) < heap[0]!.key.matchScore) continue;
    }
    const input = inputs[i]!;
    scoreKey(prepared, input, response, key);
    // Most candidates lose to the worst kept in one comparison; only a winner is copied.
    if (heap.length < options.k) push(heap, { key: { ...key }, input });
    else if (compareRankKeys(key, heap[0]!.key) < 0) replaceTop(heap, { key: { ...key }, input });
  }
  const ranked = heap.map(({ input }) => ({
    candidateId: input.features.id,
    breakdown: scoreCandidate(job, input.features, options.responses?.get(input.features.id)),
  }));
  return { ranked: ranked.sort(compareScored), eligible };
}

// Max-heap by rank order: the root is the entry that compares last (the worst kept).
const worse = (a: Entry, b: Entry) => compareRankKeys(a.key, b.key) > 0;

function push(heap: Entry[], entry: Entry) {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!worse(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function replaceTop(heap: Entry[], entry: Entry) {
  heap[0] = entry;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    const right = left + 1;
    let largest = i;
    if (left < heap.length && worse(heap[left]!, heap[largest]!)) largest = left;
    if (right < heap.length && worse(heap[right]!, heap[largest]!)) largest = right;
    if (largest === i) return;
    [heap[i], heap[largest]] = [heap[largest]!, heap[i]!];
    i = largest;
  }
}
