import type { ImportSummary } from "../import/import-data";
import type { CandidatesOutcome } from "../recalculation/notify-candidates";
import { plural } from "../text/plural";

/** "3 workspaces, 320 candidates, 16 jobs and 60 responses": what a file held, as imported. */
export function describeImported(summary: Omit<ImportSummary, "changedCandidateIds">): string {
  return (
    `${plural(summary.workspaces, "workspace")}, ${plural(summary.candidates, "candidate")}, ` +
    `${plural(summary.jobs, "job")} and ${plural(summary.responses, "response")}`
  );
}

/** The import's one sentence: what the file held, then what came of its created or changed candidates. */
export function describeImport(file: string, summary: ImportSummary, outcome: CandidatesOutcome): string {
  const held = `Imported ${file} (${describeImported(summary)})`;
  switch (outcome.mode) {
    case "none":
      return `${held}: no candidate was created or changed, so there was nothing to match.`;
    case "queued":
      return `${held}: sent candidate/profile.updated to Inngest for the ${plural(outcome.events, "candidate")} created or changed.`;
    case "in-process":
      return (
        `${held}: matched the ${plural(outcome.candidatesMatched, "candidate")} created or changed ` +
        "against the active jobs (no Inngest server configured)."
      );
    case "in-process-full":
      return (
        `${held}: recalculated ${plural(outcome.jobsRecalculated, "active job")} ` +
        "for the candidates created or changed (no Inngest server configured)."
      );
  }
}
