import type { Catalog } from "../catalog/load-catalog";
import type { Breakdown } from "../scoring/types";
import { skillLabeler } from "../taxonomy/skill-labeler";
import { formatYears, plural } from "../text/plural";

const names = (ids: number[], map: Catalog["skills"]) => ids.map((id) => map.get(id)?.name ?? `#${id}`);

function list(items: string[], max = 4): string {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

/** A plain-text explanation built only from the breakdown's evidence: it cannot claim what the data does not show. */
export function buildReason(breakdown: Breakdown, catalog: Catalog): string {
  const e = breakdown.evidence;
  const { label } = skillLabeler(e, (id) => catalog.skills.get(id)?.name ?? `#${id}`);
  const required = e.matchedRequiredSkillIds.length + e.missingRequiredSkillIds.length;
  const sentences: string[] = [];

  let skills = `Has ${e.matchedRequiredSkillIds.length} of ${plural(required, "required skill")}`;
  if (e.matchedRequiredSkillIds.length > 0) skills += ` (${list(e.matchedRequiredSkillIds.map(label))})`;
  if (e.missingRequiredSkillIds.length > 0) skills += `, missing ${list(names(e.missingRequiredSkillIds, catalog.skills))}`;
  if (e.matchedNiceToHaveSkillIds.length > 0) skills += `, plus ${list(e.matchedNiceToHaveSkillIds.map(label))} (nice to have)`;
  const domains = names(e.sharedDomainIds, catalog.domains);
  sentences.push(domains.length > 0 ? `${skills}; works in ${list(domains)}.` : `${skills}; shares none of the job's domains.`);

  let experience = `${formatYears(e.yearsOfExperience)} of experience`;
  if (e.minYearsExperience > 0) experience += ` (the job asks for ${formatYears(e.minYearsExperience)})`;
  if (e.domainYears > 0) experience += `, ${formatYears(e.domainYears)} in the job's domains`;
  if (e.portfolioItemsUsingJobSkills > 0) experience += `, ${plural(e.portfolioItemsUsingJobSkills, "portfolio item")} using its skills`;
  sentences.push(`${experience}.`);

  const proof: string[] = [];
  if (e.testAverage !== null) proof.push(`technical tests average ${e.testAverage}/100 over ${plural(e.testCount, "test")}`);
  if (e.interviewScore !== null) proof.push(`interview scored ${e.interviewScore}/100`);
  else if (e.screeningScore !== null) proof.push(`screening scored ${e.screeningScore}/100`);
  if (e.feedbackAverage !== null) proof.push(`recruiters rate ${e.feedbackAverage}/5 from ${plural(e.feedbackCount, "review")}`);
  if (e.quizGain !== null && e.quizGain >= 5) proof.push(`quiz scores up ${e.quizGain} points over time`);
  if (e.badgeCount > 0) proof.push(plural(e.badgeCount, "badge"));
  if (proof.length > 0) {
    const text = proof.join("; ");
    sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
  }
  return sentences.join(" ");
}
