import type { CandidateProfile } from "@/lib/dashboard/load-candidate-profile";
import { formatDate } from "./format";

/** What the candidate sent when they responded to this job, and how the screening and interview went. */
export function CandidateResponse({ response }: { response: CandidateProfile["response"] }) {
  return (
    <section aria-labelledby="response" className="mt-4 text-sm">
      <h3 id="response" className="font-semibold">
        Response to this job
      </h3>
      {response === null ? (
        <p className="mt-1 text-slate-700">They have not responded to this job.</p>
      ) : (
        <>
          <p className="mt-1 text-slate-700">
            Responded <time dateTime={response.createdAt.toISOString()}>{formatDate(response.createdAt)}</time> · screening{" "}
            {response.screeningScore === null ? "not scored" : `${response.screeningScore}/100`} · interview{" "}
            {response.interviewScore === null ? "not scored" : `${response.interviewScore}/100`}
          </p>
          {response.coverLetter ? (
            <blockquote aria-label="Cover letter" className="mt-2 whitespace-pre-line border-l-4 border-slate-300 pl-3 text-slate-800">
              {response.coverLetter}
            </blockquote>
          ) : (
            <p className="mt-1 text-slate-700">No cover letter.</p>
          )}
        </>
      )}
    </section>
  );
}
