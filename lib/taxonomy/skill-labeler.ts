/**
 * What a breakdown says about how its skills matched. Optional: breakdowns stored before the
 * taxonomy have neither list, and read as direct matches written as named.
 */
export type SkillMatchEvidence = {
  impliedSkills?: readonly { skillId: number; via: number }[];
  skillSpellings?: readonly { skillId: number; spelling: string }[];
};

export type SkillMatch = { name: string; as: string | null; via: string | null };

/**
 * How each matched skill of a breakdown is shown, so a recruiter sees why it counted: the
 * candidate's own spelling ("Kubernetes (as k8s)"), or the listed skill that implies it
 * ("JavaScript (via TypeScript)"). One rule for the dashboard, the API, the template reason and
 * the brief Gemini writes from.
 */
export function skillLabeler(evidence: SkillMatchEvidence, nameOf: (id: number) => string) {
  const via = new Map((evidence.impliedSkills ?? []).map((entry) => [entry.skillId, entry.via]));
  const spelled = new Map((evidence.skillSpellings ?? []).map((entry) => [entry.skillId, entry.spelling]));
  const match = (id: number): SkillMatch => {
    const through = via.get(id);
    if (through !== undefined) return { name: nameOf(id), as: null, via: nameOf(through) };
    return { name: nameOf(id), as: spelled.get(id) ?? null, via: null };
  };
  const label = (id: number): string => {
    const found = match(id);
    if (found.via) return `${found.name} (via ${found.via})`;
    return found.as ? `${found.name} (as ${found.as})` : found.name;
  };
  return { match, label };
}
