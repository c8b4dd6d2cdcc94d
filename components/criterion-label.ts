import type { Criterion } from "@/lib/scoring/weights";

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
