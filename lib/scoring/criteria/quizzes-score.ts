import { shrunkMean } from "../shrunk-mean";
import type { CandidateFeatures } from "../types";

export type QuizzesResult = { score: number; average: number | null };

/** The quizzes criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too). */
export const QUIZZES = {
  /** The level is a shrunk mean of the scores: with no quiz, the middle. */
  prior: 50,
  priorWeight: 2,
  /** Share of the criterion the level carries. */
  levelShare: 0.7,
  /** Points for volume, full at `volumeSaturation` quizzes. */
  volumeShare: 30,
  volumeSaturation: 5,
} as const;

/** 70% the (shrunk) average quiz score, 30% how many quizzes were completed, full at five. */
export function quizzesScore(candidate: CandidateFeatures): QuizzesResult {
  const scores = candidate.quizScores;
  const level = shrunkMean(scores, QUIZZES.prior, QUIZZES.priorWeight);
  const volume = Math.min(1, scores.length / QUIZZES.volumeSaturation);
  const average = scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return { score: QUIZZES.levelShare * level + QUIZZES.volumeShare * volume, average };
}
