import type { CandidateFeatures } from "../types";

export type ProgressionResult = { score: number; gain: number | null };

// A gain of 30 points between the older and the newer half of the attempts is full marks.
const FULL_GAIN = 30;

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Improvement over time of training quiz scores: the mean of the newer half of the attempts
 * minus the mean of the older half, trusted more as attempts accumulate (full trust at five).
 * Fewer than two attempts is neutral (50). Technical tests are one-off assessments and stay out.
 */
export function progressionScore(candidate: CandidateFeatures): ProgressionResult {
  const scores = candidate.quizScores;
  if (scores.length < 2) return { score: 50, gain: null };
  const half = Math.floor(scores.length / 2);
  const gain = mean(scores.slice(scores.length - half)) - mean(scores.slice(0, half));
  const confidence = Math.min(1, (scores.length - 1) / 4);
  const normalised = Math.max(-1, Math.min(1, gain / FULL_GAIN));
  return { score: 50 + 50 * normalised * confidence, gain };
}
