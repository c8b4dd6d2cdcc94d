import type { CandidateFeatures } from "../types";

export type ProgressionResult = { score: number; gain: number | null };

/** The progression criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too). */
export const PROGRESSION = {
  /** The score with fewer than two attempts, or no gain. */
  neutral: 50,
  /** How far a full gain (or loss) moves the score from neutral. */
  swing: 50,
  /** The gain between the older and the newer half of the attempts that is full marks. */
  fullGain: 30,
  /** Attempts at which the trend is fully trusted (two attempts are trusted 1/(fullTrustAttempts − 1)). */
  fullTrustAttempts: 5,
} as const;

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Improvement over time of training quiz scores: the mean of the newer half of the attempts
 * minus the mean of the older half, trusted more as attempts accumulate (full trust at five).
 * Fewer than two attempts is neutral (50). Technical tests are one-off assessments and stay out.
 */
export function progressionScore(candidate: CandidateFeatures): ProgressionResult {
  const p = PROGRESSION;
  const scores = candidate.quizScores;
  if (scores.length < 2) return { score: p.neutral, gain: null };
  const half = Math.floor(scores.length / 2);
  const gain = mean(scores.slice(scores.length - half)) - mean(scores.slice(0, half));
  const confidence = Math.min(1, (scores.length - 1) / (p.fullTrustAttempts - 1));
  const normalised = Math.max(-1, Math.min(1, gain / p.fullGain));
  return { score: p.neutral + p.swing * normalised * confidence, gain };
}
