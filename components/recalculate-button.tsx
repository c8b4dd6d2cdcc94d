"use client";

import { useState, useTransition } from "react";
import { recalculateNow, type RecalculateOutcome } from "@/app/w/[workspace]/actions";
import type { RankingChanges } from "@/lib/dashboard/diff-rankings";

/** "Recalculate now": progress while the job is ranked again, then what changed in its list. */
export function RecalculateButton({ workspace, jobId, disabledReason }: { workspace: string; jobId: string; disabledReason?: string }) {
  const [outcome, setOutcome] = useState<RecalculateOutcome | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setOutcome(null);
      setOutcome(await recalculateNow(workspace, jobId).catch(() => ({ ok: false as const, error: "The recalculation could not be started. Check your connection." })));
    });

  return (
    <div className="w-full sm:w-auto">
      <button type="button" onClick={run} disabled={pending || disabledReason !== undefined} className="button-primary" aria-describedby={disabledReason ? "recalculate-why" : undefined}>
        {pending ? "Recalculating…" : "Recalculate now"}
      </button>
      {disabledReason && <p id="recalculate-why" className="mt-1 text-sm text-slate-700">{disabledReason}</p>}
      <div aria-live="polite" className="mt-2">
        {pending && (
          <div className="flex items-center gap-2 text-sm text-slate-700">
            <span className="h-1.5 w-32 overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
              <span className="block h-full w-1/3 animate-pulse rounded-full bg-blue-700" />
            </span>
            Scoring every eligible candidate…
          </div>
        )}
        {outcome && !outcome.ok && <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">{outcome.error}</p>}
        {outcome?.ok && <ChangesSummary changes={outcome.changes} ranked={outcome.ranked} durationMs={outcome.durationMs} />}
      </div>
    </div>
  );
}

function ChangesSummary({ changes, ranked, durationMs }: { changes: RankingChanges; ranked: number; durationMs: number }) {
  const nothing = changes.entered.length + changes.left.length + changes.movedUp.length + changes.movedDown.length === 0;
  return (
    <section aria-label="What changed" className="rounded border border-emerald-300 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p className="font-medium">
        Recalculated in {durationMs} ms: {ranked} ranked. {nothing ? "Nothing changed." : `${changes.entered.length} new, ${changes.movedUp.length} up, ${changes.movedDown.length} down, ${changes.left.length} out.`}
      </p>
      {!nothing && (
        <ul className="mt-1 space-y-0.5">
          {changes.entered.map((entry) => <li key={entry.candidateId}>New: {entry.name} at #{entry.rank}</li>)}
          {changes.movedUp.map((entry) => <li key={entry.candidateId}>▲ {entry.name}: #{entry.from} → #{entry.to}</li>)}
          {changes.movedDown.map((entry) => <li key={entry.candidateId}>▼ {entry.name}: #{entry.from} → #{entry.to}</li>)}
          {changes.left.map((entry) => <li key={entry.candidateId}>Out: {entry.name} (was #{entry.rank})</li>)}
        </ul>
      )}
    </section>
  );
}
