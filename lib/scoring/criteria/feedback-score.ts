import { shrunkMean } from "../shrunk-mean";
import type { CandidateFeatures, ResponseEvidence } from "../types";

export type FeedbackResult = { score: number; testAverage: number | null; feedbackAverage: number | null };

/** The feedback criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too). */
export const FEEDBACK = {
  // With no evidence a candidate sits at the middle (50); each observation moves them from there.
  testPrior: 50,
  testPriorWeight: 2,
  ratingPrior: 3,
  // As for tests: at 5, six reviews averaging 4.67 reached only 3.91 stars.
  ratingPriorWeight: 2,
  /** A screening counts as one test; an interview says more than a screening or a single test. */
  screeningWeight: 1,
  interviewWeight: 2,
  /** The rating scale, mapped to 0–100. */
  ratingMin: 1,
  ratingMax: 5,
  /** Shares of the criterion: technical evidence, recruiter ratings. */
  technicalShare: 0.5,
  ratingShare: 0.5,
} as const;

const average = (values: readonly number[]) => (values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length);

/**
 * Half technical evidence (tests, plus this job's screening and interview scores), half
 * recruiter ratings; both are shrunk means, so volume and quality both count.
 */
export function feedbackScore(candidate: CandidateFeatures, response: ResponseEvidence | undefined): FeedbackResult {
  const f = FEEDBACK;
  const scores = [...candidate.testScores];
  const weights = scores.map(() => 1);
  if (response?.screeningScore != null) {
    scores.push(response.screeningScore);
    weights.push(f.screeningWeight);
  }
  if (response?.interviewScore != null) {
    scores.push(response.interviewScore);
    weights.push(f.interviewWeight);
  }
  const technical = shrunkMean(scores, f.testPrior, f.testPriorWeight, weights);
  const rating = shrunkMean(candidate.feedbackRatings, f.ratingPrior, f.ratingPriorWeight);
  return {
    score: f.technicalShare * technical + f.ratingShare * ((rating - f.ratingMin) / (f.ratingMax - f.ratingMin)) * 100,
    testAverage: average(candidate.testScores),
    feedbackAverage: average(candidate.feedbackRatings),
  };
}
