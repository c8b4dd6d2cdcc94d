import Link from "next/link";
import { signOut } from "@/app/sign-in/actions";
import type { Recruiter, RecruiterWorkspace } from "@/lib/auth/get-recruiter";
import { NavLink } from "./nav-link";
import { WorkspaceSwitcher } from "./workspace-switcher";

export function SiteHeader({ recruiter, workspace }: { recruiter: Recruiter; workspace: RecruiterWorkspace }) {
  const base = `/w/${workspace.slug}`;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold focus-visible:outline-2 focus-visible:outline-blue-700">
          Talent matching
        </Link>
        <WorkspaceSwitcher current={workspace} workspaces={recruiter.workspaces} />
        <nav aria-label="Sections" className="flex gap-1">
          <NavLink href={base} sections={[`${base}/jobs`]}>
            Jobs
          </NavLink>
          <NavLink href={`${base}/runs`}>Runs</NavLink>
        </nav>
        <form role="search" aria-label="Candidates" action={`${base}/search`} className="flex items-center gap-1">
          <label htmlFor="header-search" className="sr-only">
            Search candidates by name or skill
          </label>
          <input id="header-search" name="q" type="search" placeholder="Candidate or skill" className="field w-44 py-1 text-sm" />
          <button type="submit" className="button py-1 text-sm">
            Search<span className="sr-only"> candidates</span>
          </button>
        </form>
        <form action={signOut} className="ml-auto flex items-center gap-3 text-sm">
          <span className="hidden text-slate-700 sm:inline">{recruiter.email}</span>
          <button type="submit" className="button py-1">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
