"use client";

import { useActionState, useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { changeStatuses } from "@/app/w/[workspace]/actions";
import { MATCH_STATUSES } from "@/lib/matching/match-statuses";
import { STATUS_LABELS } from "./match-status";

/**
 * Wraps the table view: its rows' checkboxes (`ids`) and a bar to give every chosen row one
 * status, saved in one go. A plain form, so it also works before JavaScript has loaded; with
 * it, each table's "select all" box and the count of chosen rows follow the clicks.
 */
export function BulkStatusForm({ workspace, jobId, children }: { workspace: string; jobId: string; children: ReactNode }) {
  const [outcome, action, pending] = useActionState(changeStatuses, null);
  const [selected, setSelected] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  const recount = useCallback(() => {
    const root = form.current;
    if (!root) return;
    setSelected(root.querySelectorAll('input[name="ids"]:checked').length);
    for (const all of root.querySelectorAll<HTMLInputElement>("input[data-select-all]")) {
      const boxes = [...(all.closest("table")?.querySelectorAll<HTMLInputElement>('input[name="ids"]') ?? [])];
      const checked = boxes.filter((box) => box.checked).length;
      all.checked = boxes.length > 0 && checked === boxes.length;
      all.indeterminate = checked > 0 && checked < boxes.length;
    }
  }, []);
  // A saved change resets the form (React does after an action): the count follows.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `outcome` is the trigger: a new outcome means the form was reset.
  useEffect(recount, [outcome, recount]);

  const onChange = (event: React.ChangeEvent<HTMLFormElement>) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.selectAll !== undefined) {
      for (const box of target.closest("table")?.querySelectorAll<HTMLInputElement>('input[name="ids"]') ?? [])
        box.checked = target.checked;
    }
    recount();
  };

  return (
    <form ref={form} action={action} onChange={onChange} className="mt-4">
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="jobId" value={jobId} />
      <div
        role="group"
        aria-label="Change the status of the selected candidates"
        className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm"
      >
        <span aria-live="polite" className="font-medium">
          {selected === 1 ? "1 candidate selected" : `${selected} candidates selected`}
        </span>
        <label htmlFor="bulk-status">Set their status to</label>
        <select id="bulk-status" name="status" required defaultValue="" className="field py-1">
          <option value="" disabled>
            Choose…
          </option>
          {MATCH_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <button type="submit" className="button py-1" disabled={pending}>
          {pending ? "Applying…" : "Apply"}
        </button>
        {outcome && (
          <p role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-emerald-800" : "text-red-800"}>
            {outcome.ok ? outcome.message : outcome.error}
          </p>
        )}
      </div>
      {children}
    </form>
  );
}
