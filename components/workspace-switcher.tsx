import Link from "next/link";
import type { RecruiterWorkspace } from "@/lib/auth/get-recruiter";

/** A native disclosure (keyboard and screen-reader ready without script), shown only when there is a choice. */
export function WorkspaceSwitcher({ current, workspaces }: { current: RecruiterWorkspace; workspaces: RecruiterWorkspace[] }) {
  if (workspaces.length < 2) return <span className="rounded bg-slate-100 px-2 py-1 text-sm font-medium">{current.name}</span>;
  return (
    <details className="relative">
      <summary className="button cursor-pointer list-none py-1 text-sm">
        <span className="sr-only">Workspace: </span>
        {current.name} <span aria-hidden="true">▾</span>
      </summary>
      <ul
        aria-label="Switch workspace"
        className="absolute left-0 z-20 mt-1 min-w-48 rounded-md border border-slate-300 bg-white py-1 shadow-lg"
      >
        {workspaces.map((workspace) => (
          <li key={workspace.id}>
            <Link
              href={`/w/${workspace.slug}`}
              aria-current={workspace.id === current.id ? "true" : undefined}
              className={`block px-3 py-2 text-sm hover:bg-slate-100
                focus-visible:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700`}
            >
              {workspace.name}
              {workspace.id === current.id && <span className="sr-only"> (current)</span>}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
