import { Prisma } from "../db";
import { BADGES } from "../scoring/criteria/badges-score";
import { DOMAINS } from "../scoring/criteria/domains-score";
import { EXPERIENCE } from "../scoring/criteria/experience-score";
import { FEEDBACK } from "../scoring/criteria/feedback-score";
import { PROGRESSION } from "../scoring/criteria/progression-score";
import { QUIZZES } from "../scoring/criteria/quizzes-score";
import { SKILLS, type SkillCounts } from "../scoring/criteria/skills-score";
import type { JobFeatures } from "../scoring/types";
import { WEIGHTS, type Criterion } from "../scoring/weights";

// The criteria of lib/scoring/criteria in SQL, for the bounds the contenders query computes per
// CandidateSummary row. Each expression is its TypeScript formula with every number taken from
// the criterion's coefficient object, so a coefficient changed there changes both; products of
// constants are folded here, since the query evaluates these for every eligible row of a job.
// Floating-point differences from the TypeScript are far below the bounds' margin.

type Sql = Prisma.Sql;

const num = (value: number): Sql => Prisma.sql`${value}::float8`;

/** A criterion clamped to 0–100, as scoreCandidate clamps it, and weighed as totalOf weighs it. */
export const weightedSql = (criterion: Criterion, score: Sql): Sql =>
  Prisma.sql`${num(WEIGHTS[criterion] / 100)} * least(100, greatest(0, ${score}))`;

/** shrunkMean of values summing to `sum`, each of weight 1. */
function shrunkMeanSql(sum: Sql, count: Sql, prior: number, priorWeight: number): Sql {
  const mean = Prisma.sql`(${num(prior * priorWeight)} + ${sum}) / (${num(priorWeight)} + ${count})`;
  return priorWeight > 0 ? mean : Prisma.sql`CASE WHEN ${count} = 0 THEN ${num(prior)} ELSE ${mean} END`;
}

/** skillsFormula, the counts being float8 expressions: each matched skill's points, times the matches. */
export function skillsSql(job: Pick<JobFeatures, "requiredSkillIds" | "niceToHaveSkillIds">, counts: Record<keyof SkillCounts, Sql>): Sql {
  const matched = (direct: Sql, implied: Sql) => Prisma.sql`(${direct} + ${num(SKILLS.impliedCredit)} * ${implied})`;
  const required = job.requiredSkillIds.length;
  const nice = job.niceToHaveSkillIds.length;
  const extra = Prisma.sql`${num(SKILLS.extraShare)} * least(1, ${counts.extra} / ${num(SKILLS.extraSaturation)})`;
  const perRequired = required === 0 ? 0 : (nice === 0 ? SKILLS.requiredOnlyShare : SKILLS.requiredShare) / required;
  const requiredPart = Prisma.sql`${num(perRequired)} * ${matched(counts.required, counts.requiredImplied)}`;
  if (nice === 0) return Prisma.sql`${requiredPart} + ${extra}`;
  return Prisma.sql`${requiredPart} + ${num(SKILLS.niceShare / nice)} * ${matched(counts.nice, counts.niceImplied)} + ${extra}`;
}

/** domainsFormula, `shared` being a float8 expression. */
export function domainsSql(job: Pick<JobFeatures, "domainIds">, shared: Sql): Sql {
  const total = job.domainIds.length;
  if (total === 0) return num(0);
  const d = DOMAINS;
  // A job of one domain has no others: covering it covers them all, as domainsFormula says.
  const others = total === 1 ? num(d.coverageShare) : Prisma.sql`${num(d.coverageShare / (total - 1))} * (${shared} - 1)`;
  const bonus = Prisma.sql`CASE WHEN ${shared} = ${num(total)} THEN ${num(d.allCoveredBonus)} ELSE 0 END`;
  return Prisma.sql`CASE WHEN ${shared} = 0 THEN 0 ELSE ${num(d.requirementShare)} + ${others} + ${bonus} END`;
}

/** experienceFormula's seniority part, from the candidate's years. */
export function senioritySql(job: Pick<JobFeatures, "minYearsExperience">, years: Sql): Sql {
  return Prisma.sql`least(1, (greatest(0, ${years}) + 1) / ${num(Math.max(0, job.minYearsExperience) + 1)})`;
}

/**
 * experienceFormula from its seniority part and its two other parts, each 0–1: the contenders
 * query takes them at their worst (0) and best (1) before bounding them closely in Node.
 */
export function experienceSql(seniority: Sql, domainDepth: number, portfolio: number): Sql {
  const rest = 100 * (EXPERIENCE.domainDepthShare * domainDepth + EXPERIENCE.portfolioShare * portfolio);
  return Prisma.sql`${num(100 * EXPERIENCE.seniorityShare)} * ${seniority} + ${num(rest)}`;
}

/** feedbackScore without a response to the job, from the summary's counts and sums (alias `s`). */
export function feedbackSql(): Sql {
  const f = FEEDBACK;
  const technical = shrunkMeanSql(Prisma.sql`s."testSum"`, Prisma.sql`s."testCount"`, f.testPrior, f.testPriorWeight);
  const rating = shrunkMeanSql(Prisma.sql`s."ratingSum"`, Prisma.sql`s."ratingCount"`, f.ratingPrior, f.ratingPriorWeight);
  // The rating mapped from its scale to 0–100 and weighed: one factor and one offset.
  const perStar = (f.ratingShare * 100) / (f.ratingMax - f.ratingMin);
  return Prisma.sql`${num(f.technicalShare)} * ${technical} + ${num(perStar)} * ${rating} - ${num(perStar * f.ratingMin)}`;
}

/** quizzesScore from the summary's counts and sums (alias `s`). */
export function quizzesSql(): Sql {
  const q = QUIZZES;
  const level = shrunkMeanSql(Prisma.sql`s."quizSum"`, Prisma.sql`s."quizCount"`, q.prior, q.priorWeight);
  const volume = Prisma.sql`least(${num(q.volumeShare)}, ${num(q.volumeShare / q.volumeSaturation)} * s."quizCount")`;
  return Prisma.sql`${num(q.levelShare)} * ${level} + ${volume}`;
}

/**
 * progressionScore from the summary's sums of the older and newer halves (alias `s`): the gain is
 * their difference over the half's size, and a full gain moves the score by `swing`. A difference
 * below 1e-9 counts as none: PostgreSQL raises an error where a float8 quotient underflows to zero
 * (a subnormal score would do it), and such a gain moves the score by far less than the margin.
 */
export function progressionSql(): Sql {
  const p = PROGRESSION;
  const difference = Prisma.sql`(s."quizNewerSum" - s."quizOlderSum")`;
  const moved = Prisma.sql`greatest(${num(-p.swing)},
    least(${num(p.swing)}, ${num(p.swing / p.fullGain)} * ${difference} / floor(s."quizCount" / 2)))`;
  const confidence = Prisma.sql`least(1, (s."quizCount" - 1) / ${num(p.fullTrustAttempts - 1)})`;
  return Prisma.sql`CASE WHEN s."quizCount" < 2 OR abs(${difference}) < ${num(1e-9)} THEN ${num(p.neutral)}
    ELSE ${num(p.neutral)} + ${moved} * ${confidence} END`;
}

/**
 * badgesScore from the summary's count (alias `s`). From the count where the remaining gap falls
 * below 2^-54 the score is 100 in doubles; the power is not taken there, since PostgreSQL raises
 * an error where it underflows to zero.
 */
export function badgesSql(): Sql {
  const rest = 1 - BADGES.gapClosed;
  const score = Prisma.sql`100 * (1 - ${num(rest)} ^ s."badgeCount")`;
  if (!(rest > 0 && rest < 1)) return score;
  return Prisma.sql`CASE WHEN s."badgeCount" >= ${num(Math.ceil(54 / -Math.log2(rest)))} THEN 100 ELSE ${score} END`;
}
