"use client";

import { useOptimistic, useState, useTransition } from "react";
import { changeStatus } from "@/app/w/[workspace]/actions";
import { MATCH_STATUSES, type MatchStatus } from "@/lib/matching/match-statuses";
import { STATUS_LABELS } from "./match-status";

/**
 * The recruiter's decision, changed in place: shown at once, saved in the background, and put
 * back with a message if the save fails.
 */
export function StatusSelect({
  workspace,
  matchingId,
  status,
  candidateName,
}: {
  workspace: string;
  matchingId: string;
  status: MatchStatus;
  candidateName: string;
}) {
  const [optimistic, setOptimistic] = useOptimistic(status);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = `status-${matchingId}`;

  const onChange = (next: MatchStatus) => {
    setError(null);
    startTransition(async () => {
      setOptimistic(next);
      const outcome = await changeStatus(workspace, matchingId, next).catch(() => ({
        ok: false as const,
        error: "The status could not be saved. Check your connection.",
      }));
      // An update after an await is not part of the transition unless wrapped again: wrapped, the
      // message and the rollback of the optimistic status show together.
      if (!outcome.ok) startTransition(() => setError(outcome.error));
    });
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <label htmlFor={id} className="sr-only">
        Status of {candidateName}
      </label>
      <select
        id={id}
        value={optimistic}
        aria-busy={pending}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value as MatchStatus)}
        className={`field py-1 text-sm ${optimistic === "REJECTED" ? "border-red-400 text-red-800" : ""}`}
      >
        {MATCH_STATUSES.map((value) => (
          <option key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} role="alert" className="max-w-56 text-right text-xs text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
