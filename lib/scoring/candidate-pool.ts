import { type CeilingColumns, ceilingColumns, fixedPoints, type ScoringInput, writeCeilingColumns } from "./score-key";

/**
 * Candidates laid out for ranking against many jobs: each one's domains as a bit mask and every
 * skill slot in one flat array, so that finding a job's eligible candidates is a scan of typed
 * arrays, not a walk through each candidate's Sets (at 100,000 candidates and 1,000 jobs that
 * walk was a third of a full recalculation).
 */
export type CandidatePool = {
  /** Most fixed points first: a job's top fills with strong candidates early, so more of the rest are skipped. */
  inputs: readonly ScoringInput[];
  /** Each candidate's position in `inputs`, by id. */
  index: ReadonlyMap<string, number>;
  /** What scoreCeiling reads: most candidates are ruled out on these numbers, never touching their objects. */
  columns: CeilingColumns;
  /** The bit of each domain some candidate holds. */
  domainBits: ReadonlyMap<number, number>;
  /** 32-bit words per candidate in `domainMasks`. */
  maskWords: number;
  domainMasks: Uint32Array;
  /**
   * Candidate i's skill slots (listed and implied, see ScoringInput) are `skills[skillStarts[i]]`
   * up to `skills[skillStarts[i + 1]]`, excluded.
   */
  skillStarts: Int32Array;
  skills: Int32Array;
  /** The largest skill slot plus one. */
  skillSlots: number;
};

export function candidatePool(given: readonly ScoringInput[]): CandidatePool {
  const points = new Map(given.map((input) => [input, fixedPoints(input)]));
  // A copy: the caller may go on adding to its array, which the masks would no longer describe.
  const inputs = [...given].sort((a, b) => points.get(b)! - points.get(a)!);
  const index = new Map<string, number>();
  const columns = ceilingColumns(inputs.length);
  const domainBits = new Map<number, number>();
  let skillCount = 0;
  for (const input of inputs) {
    for (const id of input.features.domainIds) if (!domainBits.has(id)) domainBits.set(id, domainBits.size);
    skillCount += input.skills.length;
  }
  const maskWords = Math.max(1, Math.ceil(domainBits.size / 32));
  const domainMasks = new Uint32Array(inputs.length * maskWords);
  const skillStarts = new Int32Array(inputs.length + 1);
  const skills = new Int32Array(skillCount);
  let skillSlots = 0;
  inputs.forEach((input, i) => {
    index.set(input.features.id, i);
    writeCeilingColumns(columns, i, input);
    for (const id of input.features.domainIds) {
      const bit = domainBits.get(id)!;
      domainMasks[i * maskWords + (bit >>> 5)]! |= 1 << (bit & 31);
    }
    skills.set(input.skills, skillStarts[i]!);
    skillStarts[i + 1] = skillStarts[i]! + input.skills.length;
    for (const slot of input.skills) skillSlots = Math.max(skillSlots, slot + 1);
  });
  return { inputs, index, columns, domainBits, maskWords, domainMasks, skillStarts, skills, skillSlots };
}
