import Link from "next/link";
import { JOB_VIEWS, type JobView } from "@/lib/dashboard/page-params";

const LABELS: Record<JobView, string> = { cards: "Cards", table: "Table" };

/** Cards or a compact table: a link each, so the choice lives in the URL and survives reloads and filters. */
export function ViewSwitch({ current, hrefFor }: { current: JobView; hrefFor: (view: JobView) => string }) {
  return (
    <nav aria-label="View" className="inline-flex overflow-hidden rounded-md border border-slate-400 text-sm">
      {JOB_VIEWS.map((view) => (
        <Link
          key={view}
          href={hrefFor(view)}
          aria-current={view === current ? "page" : undefined}
          className={`px-3 py-1.5 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700
            ${view === current ? "bg-slate-800 text-white" : "bg-white hover:bg-slate-100"}`}
        >
          {LABELS[view]}
        </Link>
      ))}
    </nav>
  );
}
