import { TOP_N } from "../lib/matching/plan-matchings";
import { domainsFormula } from "../lib/scoring/criteria/domains-score";
import { experienceFormula } from "../lib/scoring/criteria/experience-score";
import { skillsFormula, type SkillCounts } from "../lib/scoring/criteria/skills-score";
import { requiredCoverage, requirementsTest } from "../lib/scoring/meets-requirements";
import { clamp, totalOf } from "../lib/scoring/score-candidate";
import type { JobFeatures } from "../lib/scoring/types";
import type { Summaries } from "./floor-summaries";

export type FloorJob = { id: string; features: JobFeatures };

/** Every scored job's top, column by column as the write sends them; `jobs` lists every scored job, even one with no row. */
export type FloorRows = {
  jobs: string[];
  jobIds: string[];
  candidateIds: string[];
  scores: number[];
  skills: number[];
  domains: number[];
  experience: number[];
  coverage: number[];
  ranks: number[];
};

/** A skill's byte in a candidate's bitmap and its bit there, as PostgreSQL's get_bit numbers them. */
type Bits = { bytes: Int32Array; masks: Uint8Array };

type Prepared = {
  features: JobFeatures;
  meets: ReturnType<typeof requirementsTest>;
  required: Bits;
  mustHave: Bits;
  nice: Bits;
  extra: Bits;
  /** The words of a candidate's domain mask where the job has domains, and the job's bits in each. */
  domainWords: Int32Array;
  domainMasks: Uint32Array;
};

/**
 * The floor's scoring pass: every (job, candidate) pair in a tight loop over typed arrays.
 * Eligible as the product says (requirementsTest: a shared domain, the must-haves, enough
 * required skills, listed or implied); each eligible pair gets a score from the product's own
 * formulas (skills, domains, the seniority part of experience) plus its job-independent criteria;
 * the best TOP_N per job are kept in a sorted array.
 */
export function scoreFloor(jobs: readonly FloorJob[], summaries: Summaries): { eligiblePairs: number; rows: FloorRows } {
  const rows: FloorRows = {
    jobs: [],
    jobIds: [],
    candidateIds: [],
    scores: [],
    skills: [],
    domains: [],
    experience: [],
    coverage: [],
    ranks: [],
  };
  const out = new Float64Array(5);
  const topScores = new Float64Array(TOP_N);
  const topCandidates = new Int32Array(TOP_N);
  let eligiblePairs = 0;
  for (const job of jobs) {
    const prepared = prepare(job.features, summaries);
    let size = 0;
    for (let c = 0; c < summaries.count; c++) {
      const shared = sharedDomains(prepared, summaries, c);
      if (shared === 0 || !scorePair(prepared, summaries, c, shared, out)) continue;
      eligiblePairs++;
      const score = out[0]!;
      if (size === TOP_N && score <= topScores[TOP_N - 1]!) continue;
      // Ties keep the earlier candidate ahead: the new one goes after every equal score.
      let at = size < TOP_N ? size++ : TOP_N - 1;
      for (; at > 0 && topScores[at - 1]! < score; at--) {
        topScores[at] = topScores[at - 1]!;
        topCandidates[at] = topCandidates[at - 1]!;
      }
      topScores[at] = score;
      topCandidates[at] = c;
    }
    rows.jobs.push(job.id);
    for (let rank = 0; rank < size; rank++) {
      const c = topCandidates[rank]!;
      scorePair(prepared, summaries, c, sharedDomains(prepared, summaries, c), out);
      rows.jobIds.push(job.id);
      rows.candidateIds.push(summaries.ids[c]!);
      rows.scores.push(out[0]!);
      rows.skills.push(out[1]!);
      rows.domains.push(out[2]!);
      rows.experience.push(out[3]!);
      rows.coverage.push(requiredCoverage(out[4]!, job.features.requiredSkillIds.length));
      rows.ranks.push(rank + 1);
    }
  }
  return { eligiblePairs, rows };
}

// scorePair's scratch, filled for each pair and read before it returns: the loop allocates nothing.
const counts: SkillCounts = { required: 0, requiredImplied: 0, nice: 0, niceImplied: 0, extra: 0 };
const values = new Float64Array(8);
const candidate = { yearsOfExperience: 0 };

/** How many of the job's domains candidate `c` has. */
function sharedDomains(job: Prepared, s: Summaries, c: number): number {
  let shared = 0;
  const at = c * s.maskWords;
  for (let k = 0; k < job.domainWords.length; k++) shared += bitCount(s.domains[at + job.domainWords[k]!]! & job.domainMasks[k]!);
  return shared;
}

function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Candidate `c`'s score for the job into `out` (total, skills, domains, experience, required skills held),
 * `shared` being their shared domains; false when not eligible.
 */
function scorePair(job: Prepared, s: Summaries, c: number, shared: number, out: Float64Array): boolean {
  const at = c * s.skillBytes;
  let required = 0;
  let requiredImplied = 0;
  for (let k = 0; k < job.required.bytes.length; k++) {
    const byte = at + job.required.bytes[k]!;
    const bit = job.required.masks[k]!;
    if (s.listed[byte]! & bit) required++;
    else if (s.implied[byte]! & bit) requiredImplied++;
  }
  if (required + requiredImplied === 0) return false;
  let mustHave = 0;
  for (let k = 0; k < job.mustHave.bytes.length; k++) {
    const byte = at + job.mustHave.bytes[k]!;
    if ((s.listed[byte]! | s.implied[byte]!) & job.mustHave.masks[k]!) mustHave++;
  }
  if (!job.meets(required + requiredImplied, mustHave, shared)) return false;
  let nice = 0;
  let niceImplied = 0;
  for (let k = 0; k < job.nice.bytes.length; k++) {
    const byte = at + job.nice.bytes[k]!;
    const bit = job.nice.masks[k]!;
    if (s.listed[byte]! & bit) nice++;
    else if (s.implied[byte]! & bit) niceImplied++;
  }
  let extra = 0;
  for (let k = 0; k < job.extra.bytes.length; k++) if (s.listed[at + job.extra.bytes[k]!]! & job.extra.masks[k]!) extra++;

  counts.required = required;
  counts.requiredImplied = requiredImplied;
  counts.nice = nice;
  counts.niceImplied = niceImplied;
  counts.extra = extra;
  candidate.yearsOfExperience = s.years[c]!;
  values[0] = clamp(skillsFormula(job.features, counts));
  values[1] = clamp(domainsFormula(job.features, shared));
  values[2] = clamp(experienceFormula(job.features, candidate, 0, 0));
  out[0] = totalOf(values) + s.fixed[c]!;
  out[1] = values[0]!;
  out[2] = values[1]!;
  out[3] = values[2]!;
  out[4] = required + requiredImplied;
  return true;
}

/** The job's skills and domains as positions in these summaries' arrays; what no candidate here can hold is left out. */
function prepare(job: JobFeatures, s: Summaries): Prepared {
  const bits = (ids: readonly number[]): Bits => {
    const held = ids.filter((id) => id >= 0 && id >> 3 < s.skillBytes);
    return { bytes: Int32Array.from(held, (id) => id >> 3), masks: Uint8Array.from(held, (id) => 1 << (id & 7)) };
  };
  const listed = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const domainMasks = new Map<number, number>();
  for (const id of job.domainIds) {
    const bit = s.domainBits.get(id);
    if (bit !== undefined) domainMasks.set(bit >>> 5, (domainMasks.get(bit >>> 5) ?? 0) | (1 << (bit & 31)));
  }
  return {
    features: job,
    meets: requirementsTest(job),
    required: bits(job.requiredSkillIds),
    mustHave: bits(job.mustHaveSkillIds),
    nice: bits(job.niceToHaveSkillIds),
    extra: bits([...job.mentionedSkillIds].filter((id) => !listed.has(id))),
    domainWords: Int32Array.from(domainMasks.keys()),
    domainMasks: Uint32Array.from(domainMasks.values()),
  };
}
