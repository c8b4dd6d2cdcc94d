import Link from "next/link";
import type { CandidateProfile } from "@/lib/dashboard/load-candidate-profile";
import { STATUS_LABELS } from "./match-status";
import { formatScore } from "./format";

type Props = { workspace: string; candidateId: string; matchings: CandidateProfile["otherMatchings"] };

/** The candidate's place in this workspace's other jobs, each opening their panel there. */
export function CandidateElsewhere({ workspace, candidateId, matchings }: Props) {
  if (matchings.length === 0) return null;
  return (
    <section aria-labelledby="elsewhere" className="mt-4 text-sm">
      <h3 id="elsewhere" className="font-semibold">
        Other jobs here
      </h3>
      <ul aria-label="Other jobs" className="mt-1 space-y-0.5">
        {matchings.map((row) => (
          <li key={row.jobId}>
            {row.rank !== null ? `Also ranked #${row.rank} for ` : `${STATUS_LABELS[row.status]}, not ranked, for `}
            <Link href={`/w/${workspace}/jobs/${row.jobId}?candidate=${candidateId}`} className="link">
              {row.jobTitle}
            </Link>
            <span className="text-slate-600">
              {" "}
              · score {formatScore(row.matchScore)}
              {row.rank !== null && row.status !== "PENDING" ? ` · ${STATUS_LABELS[row.status].toLowerCase()}` : ""}
              {row.jobStatus !== "ACTIVE" ? ` · job ${row.jobStatus.toLowerCase()}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
