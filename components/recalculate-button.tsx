"use client";

import { useState, useTransition, type ReactNode } from "react";
import { recalculateNow, type RecalculateOutcome } from "@/app/w/[workspace]/actions";
import type { RankingChanges } from "@/lib/dashboard/diff-rankings";

type Props = { workspace: string; jobId: string; disabledReason?: string; children: ReactNode };

/**
 * The job's header with "Recalculate now" on its right, and under the whole header the progress,
 * then what changed: full width, so a long summary does not push the requirements down beside a
 * short title.
 */
export function RecalculateButton({ workspace, jobId, disabledReason, children }: Props) {
  const [outcome, setOutcome] = useState<RecalculateOutcome | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setOutcome(null);
      setOutcome(
        await recalculateNow(workspace, jobId).catch(() => ({
          ok: false as const,
          error: "The recalculation could not be started. Check your connection.",
        })),
      );
    });

  return (
    <>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        {children}
        <div className="w-full sm:w-auto">
          <button
            type="button"
            onClick={run}
            disabled={pending || disabledReason !== undefined}
            className="button-primary"
            aria-describedby={disabledReason ? "recalculate-why" : undefined}
          >
            {pending ? "Recalculating…" : "Recalculate now"}
          </button>
          {disabledReason && (
            <p id="recalculate-why" className="mt-1 text-sm text-slate-700">
              {disabledReason}
            </p>
          )}
        </div>
      </div>
      <div aria-live="polite">
        {pending && (
          <div className="mt-3 flex items-center gap-2 text-sm text-slate-700">
            <span className="h-1.5 w-32 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <span className="block h-full w-1/3 animate-pulse rounded-full bg-blue-700" />
            </span>
            Scoring every eligible candidate…
          </div>
        )}
        {outcome && !outcome.ok && (
          <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
            {outcome.error}
          </p>
        )}
        {outcome?.ok && (
          <ChangesSummary
            changes={outcome.changes}
            ranked={outcome.ranked}
            durationMs={outcome.durationMs}
            onClose={() => setOutcome(null)}
          />
        )}
      </div>
    </>
  );
}

function ChangesSummary({
  changes,
  ranked,
  durationMs,
  onClose,
}: {
  changes: RankingChanges;
  ranked: number;
  durationMs: number;
  onClose: () => void;
}) {
  const moved = changes.movedUp.length + changes.movedDown.length;
  const nothing = changes.entered.length + changes.left.length + moved === 0;
  const counts = [`${changes.entered.length} new`, `${changes.left.length} out`, `${moved} moved`];
  return (
    <section aria-label="What changed" className="mt-3 rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">
      <div className="flex items-start justify-between gap-3">
        <p className="font-medium">
          Recalculated in {durationMs} ms: {ranked} ranked. {nothing ? "Nothing changed." : `${counts.join(", ")}.`}
          {changes.shifted > 0 && (
            <span className="font-normal">
              {" "}
              {changes.shifted} {changes.shifted === 1 ? "other only shifted" : "others only shifted"}: someone above them entered or left.
            </span>
          )}
        </p>
        <button type="button" onClick={onClose} className="button shrink-0 py-0.5 text-xs">
          Dismiss<span className="sr-only"> the summary</span>
        </button>
      </div>
      {!nothing && (
        <ul className="mt-1 grid gap-x-6 gap-y-0.5 sm:grid-cols-2 lg:grid-cols-3">
          {changes.entered.map((entry) => (
            <li key={entry.candidateId}>
              New: {entry.name} at #{entry.rank}
            </li>
          ))}
          {changes.left.map((entry) => (
            <li key={entry.candidateId}>
              Out: {entry.name} (was #{entry.rank})
            </li>
          ))}
          {changes.movedUp.map((entry) => (
            <li key={entry.candidateId}>
              <span aria-hidden="true">▲</span>
              <span className="sr-only">Up:</span> {entry.name}: #{entry.from} → #{entry.to}
            </li>
          ))}
          {changes.movedDown.map((entry) => (
            <li key={entry.candidateId}>
              <span aria-hidden="true">▼</span>
              <span className="sr-only">Down:</span> {entry.name}: #{entry.from} → #{entry.to}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
