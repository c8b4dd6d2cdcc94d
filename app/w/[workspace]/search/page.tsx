import Link from "next/link";
import { formatScore } from "@/components/format";
import { STATUS_LABELS } from "@/components/match-status";
import { searchPageQuery } from "@/lib/dashboard/page-params";
import { SEARCH_LIMIT, searchCandidates } from "@/lib/dashboard/search-candidates";
import { getDb } from "@/lib/db";
import { workspaceContext } from "../workspace-context";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ params, searchParams }: Props) {
  const { workspace } = await workspaceContext((await params).workspace);
  const { q } = searchPageQuery.parse(await searchParams);
  const result = q ? await searchCandidates(await getDb(), workspace.id, q) : null;
  const bySkill = result?.candidates.some((hit) => hit.skill !== null) ? result.skill : null;

  return (
    <>
      <h1 className="text-2xl font-semibold">Candidates</h1>
      <p className="mt-1 text-sm text-slate-700">Everyone ranked or kept for one of this workspace&apos;s jobs, found by name or skill.</p>
      <form role="search" aria-label="Search candidates" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="search-q" className="block text-sm font-medium">
            Name or skill
          </label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={q ?? ""}
            placeholder="e.g. Grace, k8s"
            className="field mt-1 w-72 max-w-full"
          />
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>

      {result && (
        <section aria-labelledby="results" className="mt-6">
          <h2 id="results" className="font-semibold">
            {result.candidates.length === 0
              ? `No candidate matches “${q}”.`
              : `${result.more ? `The first ${SEARCH_LIMIT}` : result.candidates.length} ` +
                `${result.candidates.length === 1 ? "candidate" : "candidates"} for “${q}”`}
          </h2>
          {bySkill && <p className="text-sm text-slate-700">By name, and holders of {bySkill.name} or a skill implying it.</p>}
          {result.more && <p className="text-sm text-slate-700">More match: best scores first; refine the search to see others.</p>}
          <ul aria-label="Candidates found" className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {result.candidates.map((hit) => (
              <li key={hit.candidateId} className="px-4 py-3">
                <p className="font-medium">{hit.name}</p>
                {hit.headline && <p className="text-sm text-slate-700">{hit.headline}</p>}
                {hit.skill && <p className="text-sm">Skill: {hit.skill}</p>}
                <ul aria-label={`Jobs of ${hit.name}`} className="mt-1 space-y-0.5 text-sm">
                  {hit.matchings.map((row) => (
                    <li key={row.jobId}>
                      <Link href={`/w/${workspace.slug}/jobs/${row.jobId}?candidate=${hit.candidateId}`} className="link">
                        {row.jobTitle}
                      </Link>
                      {": "}
                      {row.rank !== null ? `#${row.rank}` : "not ranked"} · {STATUS_LABELS[row.status]} · score{" "}
                      {formatScore(row.matchScore)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
