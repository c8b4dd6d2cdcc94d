import { randomUUID } from "node:crypto";
import { notFound } from "@/lib/api/api-error";
import { errorResponse } from "@/lib/api/json-response";
import { getRecruiter } from "@/lib/auth/get-recruiter";
import { boardCsv } from "@/lib/dashboard/board-csv";
import { exportFileName } from "@/lib/dashboard/export-file-name";
import { loadJobBoard } from "@/lib/dashboard/load-job-board";
import { getDb } from "@/lib/db";

export const dynamic = "force-dynamic";

type Route = { params: Promise<{ workspace: string; jobId: string }> };

/**
 * A job's whole list (ranked, then kept outside the top) as CSV, for a signed-in member of the
 * workspace, like the job page: signed out, to the sign-in form; another workspace's job, or
 * none, not found.
 */
export async function GET(request: Request, { params }: Route): Promise<Response> {
  const { workspace: slug, jobId } = await params;
  const recruiter = await getRecruiter(request.headers);
  if (!recruiter) {
    const next = `/w/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(jobId)}`;
    return new Response(null, { status: 303, headers: { Location: `/sign-in?next=${encodeURIComponent(next)}` } });
  }
  const workspace = recruiter.workspaces.find((candidate) => candidate.slug === slug);
  const board = workspace ? await loadJobBoard(await getDb(), workspace.id, jobId) : null;
  if (!board) return errorResponse(notFound("Job"), randomUUID());
  return new Response(boardCsv(board.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${exportFileName(board.job.title)}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
