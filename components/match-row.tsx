import Link from "next/link";
import type { BoardJob, BoardRow } from "@/lib/dashboard/load-job-board";
import { skillLabeler } from "@/lib/taxonomy/skill-labeler";
import { formatScore } from "./format";
import { ScoreBars } from "./score-bars";
import { StatusSelect } from "./status-select";

/** One candidate of a job's list: who, how well, why, and the recruiter's decision. */
export function MatchRow({
  workspace,
  job,
  row,
  profileHref,
  tie,
}: {
  workspace: string;
  job: BoardJob;
  row: BoardRow;
  profileHref: string;
  tie?: string;
}) {
  const skillName = new Map(job.skills.map((skill) => [skill.id, skill.name]));
  const domainName = new Map(job.domains.map((domain) => [domain.id, domain.name]));
  const e = row.breakdown.evidence;
  const { label } = skillLabeler(e, (id) => skillName.get(id) ?? `#${id}`);
  return (
    <li
      className={`rounded-lg border bg-white p-4 ${row.status === "REJECTED" ? "border-red-200 bg-red-50/40" : "border-slate-200"}`}
      data-candidate-id={row.candidateId}
    >
      <div className="flex flex-wrap items-start gap-3">
        <span className="w-12 shrink-0 text-lg font-semibold text-slate-700">
          <span aria-hidden="true">{row.rank === null ? "—" : `#${row.rank}`}</span>
          <span className="sr-only">{row.rank === null ? "Not ranked" : `Rank ${row.rank}`}</span>
        </span>
        <div className="min-w-0 flex-1 basis-48">
          <h3 className="font-semibold">
            <Link href={profileHref} scroll={false} className="link">
              {row.name}
            </Link>
          </h3>
          {row.headline && <p className="text-sm text-slate-700">{row.headline}</p>}
        </div>
        <div className="text-right">
          <span className="text-2xl font-semibold tabular-nums">{formatScore(row.matchScore)}</span>
          <span className="block text-xs text-slate-600">match score</span>
          {tie && <span className="mt-0.5 block max-w-48 text-xs text-amber-900">{tie}</span>}
        </div>
        <StatusSelect workspace={workspace} matchingId={row.id} status={row.status} candidateName={row.name} />
      </div>
      <div className="mt-3">
        <ScoreBars criteria={row.breakdown.criteria} />
      </div>
      <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-slate-600">Required skills</dt>
        <dd>
          <ul aria-label="Required skills" className="flex flex-wrap gap-1">
            {e.matchedRequiredSkillIds.map((id) => (
              <li key={id} className="rounded bg-emerald-100 px-1.5 py-0.5 text-emerald-900">
                ✓ {label(id)}
              </li>
            ))}
            {e.missingRequiredSkillIds.map((id) => (
              <li key={id} className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-700 line-through decoration-slate-400">
                <span className="sr-only">missing: </span>
                {skillName.get(id) ?? `#${id}`}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="text-slate-600">Shared domains</dt>
        <dd>{e.sharedDomainIds.length > 0 ? e.sharedDomainIds.map((id) => domainName.get(id) ?? `#${id}`).join(", ") : "None"}</dd>
      </dl>
      <p className="mt-2 text-sm text-slate-800">
        {row.aiReason}
        <span className="ml-2 whitespace-nowrap text-xs text-slate-600">
          {row.aiReasonSource === "GEMINI" ? "Written by Gemini from the evidence" : "Built from the evidence"}
        </span>
      </p>
    </li>
  );
}
