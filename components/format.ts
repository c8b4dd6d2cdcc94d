// Dates are shown in UTC, the zone the nightly run is scheduled in, so "last recalculated"
// reads the same for every recruiter and matches the run history.
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export const formatDateTime = (value: Date | string) => `${dateTime.format(new Date(value))} UTC`;
export const formatDate = (value: Date | string) => date.format(new Date(value));

export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

export const formatScore = (score: number) => score.toFixed(1);
