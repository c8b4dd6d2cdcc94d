import { CRITERIA, type Criterion } from "@/lib/scoring/weights";
import { CRITERION_LABELS } from "./criterion-label";

function barColour(score: number): string {
  if (score >= 70) return "bg-emerald-600";
  if (score >= 40) return "bg-amber-500";
  return "bg-red-500";
}

/** The eight criteria as small bars, each with its figure in plain sight (a phone has no hover). */
export function ScoreBars({ criteria }: { criteria: Record<Criterion, number> }) {
  return (
    <ul aria-label="Score breakdown" className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
      {CRITERIA.map((criterion) => {
        const score = criteria[criterion];
        return (
          <li key={criterion} className="flex items-center gap-2 text-xs">
            <span className="w-20 shrink-0 text-slate-700">{CRITERION_LABELS[criterion]}</span>
            <span aria-hidden="true" className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200">
              <span
                className={`block h-full rounded-full ${barColour(score)}`}
                style={{ width: `${Math.max(0, Math.min(100, score))}%` }}
              />
            </span>
            <span className="w-8 shrink-0 text-right tabular-nums text-slate-800">
              {score}
              <span className="sr-only"> out of 100</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
