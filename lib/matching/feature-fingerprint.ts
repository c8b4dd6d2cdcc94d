import type { CandidateFeatures } from "../scoring/types";

const sorted = <T>(values: Iterable<T>) => [...values].sort();

/** A stable text of everything scoring reads about a candidate: equal texts, equal scores for every job. */
export function featureFingerprint(candidate: CandidateFeatures): string {
  return JSON.stringify([
    sorted(candidate.skillIds),
    [...candidate.impliedSkills].sort((a, b) => a[0] - b[0]),
    // Spellings never change a score, but they are shown with it (the breakdown, the reason).
    [...candidate.skillSpellings].sort((a, b) => a[0] - b[0]),
    sorted(candidate.domainIds),
    candidate.yearsOfExperience,
    [...candidate.domainMonths].sort((a, b) => a[0] - b[0]),
    candidate.portfolioSkillIds.map((skills) => sorted(skills).join(",")).sort(),
    sorted(candidate.testScores),
    sorted(candidate.feedbackRatings),
    candidate.quizScores,
    candidate.badgeCount,
    sorted(candidate.textTokens),
  ]);
}
