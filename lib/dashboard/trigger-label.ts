// What recruiters see for a MatchingRun's trigger: the words they would use, not our event names.
const LABELS: Record<string, string> = {
  cron: "Nightly",
  manual: "Manual",
  dashboard: "Manual (dashboard)",
  cli: "Command line",
  event: "Event",
  "response.created": "New response",
  "screening.updated": "Screening score",
  "interview.updated": "Interview score",
  "candidate.updated": "Candidate profile",
  "taxonomy.changed": "Skill catalogue change",
  import: "Import",
};

export function triggerLabel(trigger: string): string {
  return LABELS[trigger] ?? trigger;
}
