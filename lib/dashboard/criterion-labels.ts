import type { Criterion } from "../scoring/weights";

/** What recruiters call each criterion: the cards, the table, its CSV export and the profile panel. */
export const CRITERION_LABELS: Record<Criterion, string> = {
  skills: "Skills",
  domains: "Domains",
  experience: "Experience",
  feedback: "Feedback",
  quizzes: "Quizzes",
  progression: "Progression",
  badges: "Badges",
  relevance: "Relevance",
};
