const STYLES: Record<string, string> = {
  ACTIVE: "bg-emerald-100 text-emerald-900",
  DRAFT: "bg-slate-200 text-slate-800",
  CLOSED: "bg-slate-200 text-slate-800",
  SUCCEEDED: "bg-emerald-100 text-emerald-900",
  RUNNING: "bg-amber-100 text-amber-900",
  FAILED: "bg-red-100 text-red-900",
};

const LABELS: Record<string, string> = {
  ACTIVE: "Active",
  DRAFT: "Draft",
  CLOSED: "Closed",
  SUCCEEDED: "Succeeded",
  RUNNING: "Running",
  FAILED: "Failed",
};

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${STYLES[status] ?? "bg-slate-200"}`}>
      {LABELS[status] ?? status}
    </span>
  );
}
