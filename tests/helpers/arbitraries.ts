import fc from "fast-check";
import type { CandidateFeatures, JobFeatures } from "../../lib/scoring/types";

// Random jobs, candidates and responses for property-based scoring tests.
const ids = (max: number) => fc.uniqueArray(fc.integer({ min: 1, max }), { maxLength: 8 });
const score = fc.double({ min: 0, max: 100, noNaN: true });

/** Skill id → every skill it implies, directly or not (what SkillClosure holds). */
export type Closure = ReadonlyMap<number, ReadonlySet<number>>;

/** The transitive closure of "specific implies general" edges (acyclic, as the taxonomy keeps them). */
export function closureOf(edges: readonly (readonly [number, number])[]): Closure {
  const direct = new Map<number, number[]>();
  for (const [from, to] of edges) direct.set(from, [...(direct.get(from) ?? []), to]);
  const closure = new Map<number, Set<number>>();
  const reach = (id: number): Set<number> => {
    let found = closure.get(id);
    if (found) return found;
    found = new Set();
    for (const next of direct.get(id) ?? []) for (const implied of [next, ...reach(next)]) found.add(implied);
    closure.set(id, found);
    return found;
  };
  for (const id of direct.keys()) reach(id);
  return closure;
}

/** Implications among skills 1–20: a skill implies only smaller ids, so there is never a cycle. */
export const closureArb: fc.Arbitrary<Closure> = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 1, max: 19 })), {
    maxLength: 30,
    size: "large",
    selector: ([a, b]) => `${a}>${b}`,
  })
  .map((edges) => closureOf(edges.filter(([specific, general]) => specific > general)));

/** What `listed` implies and does not list, each with the smallest listed skill implying it (as loadCandidateFeatures reads it). */
export function impliedBy(listed: ReadonlySet<number>, closure: Closure): Map<number, number> {
  const implied = new Map<number, number>();
  for (const id of [...listed].sort((a, b) => a - b)) {
    for (const general of closure.get(id) ?? []) if (!listed.has(general) && !implied.has(general)) implied.set(general, id);
  }
  return implied;
}

/** The candidate listing `skillIds` instead: their implied skills follow, spellings of skills no longer listed go. */
export function withSkills(
  candidate: Omit<CandidateFeatures, "impliedSkills">,
  skillIds: ReadonlySet<number>,
  closure: Closure,
): CandidateFeatures {
  return {
    ...candidate,
    skillIds,
    impliedSkills: impliedBy(skillIds, closure),
    skillSpellings: new Map([...candidate.skillSpellings].filter(([id]) => skillIds.has(id))),
  };
}

export const jobArb: fc.Arbitrary<JobFeatures> = fc
  .record({
    requiredSkillIds: ids(20),
    niceToHaveSkillIds: ids(20),
    domainIds: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }),
    minYearsExperience: fc.integer({ min: 0, max: 15 }),
    mentionedSkillIds: ids(20).map((list) => new Set(list)),
    textTokens: fc.uniqueArray(fc.constantFrom("react", "go", "payments", "cloud", "data", "ml"), { maxLength: 6 }).map((t) => new Set(t)),
  })
  .chain((job) =>
    fc
      .record({
        // Most jobs set neither requirement, as most real ones do; the others, either or both.
        mustHaveSkillIds: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray(job.requiredSkillIds) }),
        minSkillsCoverage: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }),
      })
      .map((requirements) => ({ ...job, ...requirements })),
  );

const spellingArb = fc.constantFrom("JS", "k8s", "Postgres", "ReactJS", "Golang", "C Sharp");

/** A candidate whose implied skills follow `closure`; some of their skills written with another spelling. */
export const candidateIn = (closure: Closure): fc.Arbitrary<CandidateFeatures> =>
  fc
    .record({
      id: fc.uuid(),
      skillIds: ids(20).map((list) => new Set(list)),
      skillSpellings: fc.array(fc.tuple(fc.integer({ min: 1, max: 20 }), spellingArb), { maxLength: 4 }).map((e) => new Map(e)),
      domainIds: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 3 }).map((list) => new Set(list)),
      yearsOfExperience: fc.double({ min: 0, max: 40, noNaN: true }),
      domainMonths: fc
        .array(fc.tuple(fc.integer({ min: 1, max: 6 }), fc.double({ min: 0, max: 300, noNaN: true })), { maxLength: 4 })
        .map((e) => new Map(e)),
      portfolioSkillIds: fc.array(ids(20), { maxLength: 5 }),
      testScores: fc.array(score, { maxLength: 8 }),
      feedbackRatings: fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 25 }),
      quizScores: fc.array(score, { maxLength: 10 }),
      badgeCount: fc.integer({ min: 0, max: 10 }),
      textTokens: fc.uniqueArray(fc.constantFrom("react", "go", "payments", "cloud", "data", "ml", "chef"), { maxLength: 7 }),
    })
    .map((candidate) => withSkills(candidate, candidate.skillIds, closure));

/** A candidate under random implications of their own. */
export const candidateArb: fc.Arbitrary<CandidateFeatures> = closureArb.chain(candidateIn);

export const responseArb = fc.option(fc.record({ screeningScore: fc.option(score), interviewScore: fc.option(score) }), { nil: undefined });
