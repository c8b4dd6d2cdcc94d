import { shrunkMean } from "../shrunk-mean";
import type { CandidateFeatures } from "../types";

export type QuizzesResult = { score: number; average: number | null };

const VOLUME_SATURATION = 5;

/** 70% the (shrunk) average quiz score, 30% how many quizzes were completed, full at five. */
export function quizzesScore(candidate: CandidateFeatures): QuizzesResult {
  const scores = candidate.quizScores;
  const level = shrunkMean(scores, 50, 2);
  const volume = Math.min(1, scores.length / VOLUME_SATURATION);
  const average = scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return { score: 0.7 * level + 30 * volume, average };
}
