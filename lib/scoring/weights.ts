// The one place the eight criteria's weights are set. They must sum to 100 (checked at load).
export const CRITERIA = ["skills", "domains", "experience", "feedback", "quizzes", "progression", "badges", "relevance"] as const;

export type Criterion = (typeof CRITERIA)[number];
export type Weights = Record<Criterion, number>;

export const DEFAULT_WEIGHTS: Weights = {
  skills: 25,
  domains: 20,
  experience: 15,
  feedback: 15,
  quizzes: 10,
  progression: 8,
  badges: 4,
  relevance: 3,
};

export function validateWeights(weights: Weights): Weights {
  for (const criterion of CRITERIA) {
    const weight = weights[criterion];
    if (!Number.isFinite(weight) || weight < 0) throw new Error(`Weight of ${criterion} must be a number >= 0, got ${weight}`);
  }
  const total = CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);
  if (Math.abs(total - 100) > 1e-9) throw new Error(`Scoring weights must sum to 100, got ${total}`);
  return weights;
}

export const WEIGHTS = validateWeights(DEFAULT_WEIGHTS);
