import { shrunkMean } from "../shrunk-mean";
import type { CandidateFeatures, ResponseEvidence } from "../types";

export type FeedbackResult = { score: number; testAverage: number | null; feedbackAverage: number | null };

// With no evidence a candidate sits at the middle (50); each observation moves them from there.
const TEST_PRIOR = 50;
const TEST_PRIOR_WEIGHT = 2;
const RATING_PRIOR = 3;
const RATING_PRIOR_WEIGHT = 5;
// An interview says more than a screening or a single test.
const INTERVIEW_WEIGHT = 2;

const average = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Half technical evidence (tests, plus this job's screening and interview scores), half
 * recruiter ratings; both are shrunk means, so volume and quality both count.
 */
export function feedbackScore(candidate: CandidateFeatures, response: ResponseEvidence | undefined): FeedbackResult {
  const scores = [...candidate.testScores];
  const weights = scores.map(() => 1);
  if (response?.screeningScore != null) {
    scores.push(response.screeningScore);
    weights.push(1);
  }
  if (response?.interviewScore != null) {
    scores.push(response.interviewScore);
    weights.push(INTERVIEW_WEIGHT);
  }
  const technical = shrunkMean(scores, TEST_PRIOR, TEST_PRIOR_WEIGHT, weights);
  const rating = shrunkMean(candidate.feedbackRatings, RATING_PRIOR, RATING_PRIOR_WEIGHT);
  return {
    score: 0.5 * technical + 0.5 * ((rating - 1) / 4) * 100,
    testAverage: average(candidate.testScores),
    feedbackAverage: average(candidate.feedbackRatings),
  };
}
