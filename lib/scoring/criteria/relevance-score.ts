import type { CandidateFeatures, JobFeatures } from "../types";

export type RelevanceResult = { score: number; sharedTerms: number };

/** The relevance criterion's coefficients (the SQL bounds take relevance at its best, whatever they are). */
export const RELEVANCE = {
  /** Long job posts would make full coverage impossible: this many shared terms are full marks. */
  termsSaturation: 12,
} as const;

/** How many of the job text's meaningful words appear in the candidate's headline, summary and titles. */
export function relevanceScore(job: JobFeatures, candidate: CandidateFeatures): RelevanceResult {
  if (job.textTokens.size === 0) return { score: 0, sharedTerms: 0 };
  let sharedTerms = 0;
  for (const token of candidate.textTokens) if (job.textTokens.has(token)) sharedTerms++;
  return { score: relevanceFormula(job, sharedTerms), sharedTerms };
}

/** The relevance score from the number of shared terms (see skillsFormula). */
export function relevanceFormula(job: JobFeatures, sharedTerms: number): number {
  if (job.textTokens.size === 0) return 0;
  return 100 * Math.min(1, sharedTerms / Math.min(job.textTokens.size, RELEVANCE.termsSaturation));
}
