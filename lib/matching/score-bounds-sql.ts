import { Prisma } from "../db";
import { BADGES } from "../scoring/criteria/badges-score";
import { DOMAINS } from "../scoring/criteria/domains-score";
import { EXPERIENCE } from "../scoring/criteria/experience-score";
import { FEEDBACK } from "../scoring/criteria/feedback-score";
import { PROGRESSION } from "../scoring/criteria/progression-score";
import { QUIZZES } from "../scoring/criteria/quizzes-score";
import { SKILLS, type SkillCounts } from "../scoring/criteria/skills-score";
import type { JobFeatures } from "../scoring/types";

// The criteria of lib/scoring/criteria in SQL, for the bounds the contenders query computes per
// CandidateSummary row. Each expression follows its TypeScript formula term by term and takes
// every number from the criterion's coefficient object, so a coefficient changed there changes
// both. Floating-point differences from the TypeScript are far below the bounds' margin.

type Sql = Prisma.Sql;

const num = (value: number): Sql => Prisma.sql`${value}::float8`;

/** A criterion clamped to 0–100, as scoreCandidate clamps it. */
export const clampSql = (criterion: Sql): Sql => Prisma.sql`least(100, greatest(0, ${criterion}))`;

/** shrunkMean of values summing to `sum`, each of weight 1. */
function shrunkMeanSql(sum: Sql, count: Sql, prior: number, priorWeight: number): Sql {
  const mean = Prisma.sql`(${num(prior * priorWeight)} + ${sum}) / (${num(priorWeight)} + ${count})`;
  return priorWeight > 0 ? mean : Prisma.sql`CASE WHEN ${count} = 0 THEN ${num(prior)} ELSE ${mean} END`;
}

/** skillsFormula, the counts being float8 expressions. */
export function skillsSql(job: Pick<JobFeatures, "requiredSkillIds" | "niceToHaveSkillIds">, counts: Record<keyof SkillCounts, Sql>): Sql {
  const share = (direct: Sql, implied: Sql, total: number) =>
    total === 0 ? num(0) : Prisma.sql`(${direct} + ${num(SKILLS.impliedCredit)} * ${implied}) / ${num(total)}`;
  const required = share(counts.required, counts.requiredImplied, job.requiredSkillIds.length);
  const base =
    job.niceToHaveSkillIds.length === 0
      ? Prisma.sql`${num(SKILLS.requiredOnlyShare)} * ${required}`
      : Prisma.sql`${num(SKILLS.requiredShare)} * ${required} + ${num(SKILLS.niceShare)} * ${share(counts.nice, counts.niceImplied, job.niceToHaveSkillIds.length)}`;
  return Prisma.sql`${base} + ${num(SKILLS.extraShare)} * least(1, ${counts.extra} / ${num(SKILLS.extraSaturation)})`;
}

/** domainsFormula, `shared` being a float8 expression. */
export function domainsSql(job: Pick<JobFeatures, "domainIds">, shared: Sql): Sql {
  const total = job.domainIds.length;
  if (total === 0) return num(0);
  return Prisma.sql`${num(DOMAINS.coverageShare)} * (${shared} / ${num(total)}) + CASE WHEN ${shared} = ${num(total)} THEN ${num(DOMAINS.allCoveredBonus)} ELSE 0 END`;
}

/**
 * experienceFormula from the candidate's years and its two other parts, each 0–1: the
 * contenders query takes them at their worst (0) and best (1) before bounding them closely.
 */
export function experienceSql(job: Pick<JobFeatures, "minYearsExperience">, years: Sql, domainDepth: number, portfolio: number): Sql {
  const seniority = Prisma.sql`least(1, (greatest(0, ${years}) + 1) / ${num(Math.max(0, job.minYearsExperience) + 1)})`;
  return Prisma.sql`100 * (${num(EXPERIENCE.seniorityShare)} * ${seniority} + ${num(EXPERIENCE.domainDepthShare * domainDepth)} + ${num(EXPERIENCE.portfolioShare * portfolio)})`;
}

/** feedbackScore without a response to the job, from the summary's counts and sums (alias `s`). */
export function feedbackSql(): Sql {
  const f = FEEDBACK;
  const technical = shrunkMeanSql(Prisma.sql`s."testSum"`, Prisma.sql`s."testCount"`, f.testPrior, f.testPriorWeight);
  const rating = shrunkMeanSql(Prisma.sql`s."ratingSum"`, Prisma.sql`s."ratingCount"`, f.ratingPrior, f.ratingPriorWeight);
  return Prisma.sql`${num(f.technicalShare)} * ${technical} + ${num(f.ratingShare)} * ((${rating} - ${num(f.ratingMin)}) / ${num(f.ratingMax - f.ratingMin)}) * 100`;
}

/** quizzesScore from the summary's counts and sums (alias `s`). */
export function quizzesSql(): Sql {
  const level = shrunkMeanSql(Prisma.sql`s."quizSum"`, Prisma.sql`s."quizCount"`, QUIZZES.prior, QUIZZES.priorWeight);
  return Prisma.sql`${num(QUIZZES.levelShare)} * ${level} + ${num(QUIZZES.volumeShare)} * least(1, s."quizCount" / ${num(QUIZZES.volumeSaturation)})`;
}

/**
 * progressionScore from the summary's sums of the older and newer halves (alias `s`). A
 * difference of the sums below 1e-9 counts as none: PostgreSQL raises an error where a float8
 * quotient underflows to zero (a subnormal score would do it), and such a gain moves the score by
 * far less than the bounds' margin.
 */
export function progressionSql(): Sql {
  const p = PROGRESSION;
  const difference = Prisma.sql`(s."quizNewerSum" - s."quizOlderSum")`;
  const gain = Prisma.sql`CASE WHEN abs(${difference}) < 1e-9 THEN 0 ELSE ${difference} / (s."quizCount" / 2) END`;
  const confidence = Prisma.sql`least(1, (s."quizCount" - 1) / ${num(p.fullTrustAttempts - 1)})`;
  return Prisma.sql`CASE WHEN s."quizCount" < 2 THEN ${num(p.neutral)}
    ELSE ${num(p.neutral)} + ${num(p.swing)} * greatest(-1, least(1, (${gain}) / ${num(p.fullGain)})) * ${confidence} END`;
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
  return Prisma.sql`CASE WHEN s."badgeCount" >= ${Math.ceil(54 / -Math.log2(rest))}::int THEN 100 ELSE ${score} END`;
}
