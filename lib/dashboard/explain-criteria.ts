import type { Evidence } from "../scoring/types";
import type { Criterion } from "../scoring/weights";
import { skillLabeler } from "../taxonomy/skill-labeler";
import { formatYears, plural } from "../text/plural";

export type Names = { skill: (id: number) => string; domain: (id: number) => string };

const listOf = (items: string[]) => (items.length === 0 ? "none" : items.join(", "));

/**
 * One sentence per criterion saying which evidence produced its score, in the terms of
 * docs/scoring.md, so a recruiter can check a score instead of trusting it.
 */
export function explainCriteria(e: Evidence, names: Names): Record<Criterion, string> {
  const { label } = skillLabeler(e, names.skill);
  const required = e.matchedRequiredSkillIds.length + e.missingRequiredSkillIds.length;
  const skills = [
    `${e.matchedRequiredSkillIds.length} of ${plural(required, "required skill")} (${listOf(e.matchedRequiredSkillIds.map(label))})`,
    e.missingRequiredSkillIds.length > 0 ? `missing ${listOf(e.missingRequiredSkillIds.map(names.skill))}` : null,
    e.matchedNiceToHaveSkillIds.length > 0 ? `nice to have: ${listOf(e.matchedNiceToHaveSkillIds.map(label))}` : null,
    e.extraRelevantSkillIds.length > 0 ? `also mentioned by the job: ${listOf(e.extraRelevantSkillIds.map(names.skill))}` : null,
  ];
  const domainsTotal = e.sharedDomainIds.length + e.missingDomainIds.length;
  const domains =
    `Works in ${e.sharedDomainIds.length} of the job's ${plural(domainsTotal, "domain")} ` +
    `(${listOf(e.sharedDomainIds.map(names.domain))})` +
    `${e.missingDomainIds.length > 0 ? `; not in ${listOf(e.missingDomainIds.map(names.domain))}` : ""}.`;
  const experience = `${formatYears(e.yearsOfExperience)} of experience${
    e.minYearsExperience > 0 ? ` for a minimum of ${formatYears(e.minYearsExperience)}` : " (no minimum)"
  }, ${formatYears(e.domainYears)} in the job's domains, ${plural(e.portfolioItemsUsingJobSkills, "portfolio item")} using its skills.`;

  const technical = [
    e.testAverage !== null ? `technical tests average ${e.testAverage}/100 over ${plural(e.testCount, "test")}` : "no technical test",
    e.screeningScore !== null ? `screening ${e.screeningScore}/100` : null,
    e.interviewScore !== null ? `interview ${e.interviewScore}/100` : null,
  ];
  const ratings =
    e.feedbackAverage !== null
      ? `recruiters rate ${e.feedbackAverage}/5 from ${plural(e.feedbackCount, "review")}`
      : "no recruiter review yet (neutral)";
  const quizzes =
    e.quizAverage !== null
      ? `Average ${e.quizAverage}/100 over ${e.quizCount} ${e.quizCount === 1 ? "quiz" : "quizzes"}.`
      : "No training quiz taken (neutral).";
  const progression =
    e.quizGain === null
      ? "Fewer than two quizzes: no trend yet (neutral)."
      : `Quiz scores ${e.quizGain >= 0 ? "up" : "down"} ${Math.abs(e.quizGain)} points ` +
        `from the older to the newer half of ${plural(e.quizCount, "attempt")}.`;

  return {
    skills: sentence(skills),
    domains,
    experience,
    feedback: sentence([...technical, ratings]),
    quizzes,
    progression,
    badges: e.badgeCount > 0 ? `${plural(e.badgeCount, "badge")} earned.` : "No badge yet.",
    relevance: `${plural(e.sharedTerms, "meaningful word")} shared with the job's title and description.`,
  };
}

function sentence(parts: (string | null)[]): string {
  const text = parts.filter((part): part is string => part !== null).join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
