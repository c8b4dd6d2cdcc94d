import { compareRankKeys, compareScored, type RankKey, type Scored } from "./rank-candidates";
import { scoreCandidate } from "./score-candidate";
import { prepareJob, scoreKey, type ScoringInput, type TokenDictionary } from "./score-key";
import type { JobFeatures, ResponseEvidence } from "./types";

type Entry = { key: RankKey; input: ScoringInput };

/**
 * The `k` best eligible candidates, best first and scored in full, and how many were eligible:
 * the same list as rankCandidates(…).slice(0, k), without sorting or fully scoring the rest.
 * Candidates in `skip` (a job's REJECTED rows) are left out. `dictionary` is the one the
 * candidates' inputs were made with.
 */
export function rankTop(
  job: JobFeatures,
  candidates: Iterable<ScoringInput>,
  dictionary: TokenDictionary,
  options: { k: number; responses?: ReadonlyMap<string, ResponseEvidence>; skip?: ReadonlySet<string> },
): { ranked: Scored[]; eligible: number } {
  const prepared = prepareJob(job, dictionary);
  // A heap of the best k so far, worst on top: most candidates lose to it in one comparison.
  const heap: Entry[] = [];
  let eligible = 0;
  const key: RankKey = { candidateId: "", matchScore: 0, skills: 0, domains: 0 };
  for (const input of candidates) {
    if (!scoreKey(prepared, input, options.responses?.get(input.features.id), key)) continue;
    eligible++;
    if (options.skip?.has(key.candidateId)) continue;
    // Most candidates lose to the worst kept in one comparison; only a winner is copied.
    if (heap.length < options.k) push(heap, { key: { ...key }, input });
    else if (options.k > 0 && compareRankKeys(key, heap[0]!.key) < 0) replaceTop(heap, { key: { ...key }, input });
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
