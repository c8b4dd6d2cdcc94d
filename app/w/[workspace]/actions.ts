"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getRecruiter } from "@/lib/auth/get-recruiter";
import { recalculateWithChanges } from "@/lib/dashboard/recalculate-with-changes";
import type { RankingChanges } from "@/lib/dashboard/diff-rankings";
import { getDb } from "@/lib/db";
import { isDomainError } from "@/lib/domain-error";
import { MATCH_STATUSES } from "@/lib/matching/match-statuses";
import { updateMatchingStatus } from "@/lib/matching/update-matching-status";
import { updateMatchingStatuses } from "@/lib/matching/update-matching-statuses";
import { STATUS_LABELS } from "@/lib/dashboard/status-labels";
import { plural } from "@/lib/text/plural";

// Server actions are public endpoints: every argument is validated and membership checked here.
type Failure = { ok: false; error: string };

const statusInput = z.object({ workspace: z.string().min(1).max(100), matchingId: z.uuid(), status: z.enum(MATCH_STATUSES) });
// A job's list holds its top 50 and the rows kept outside it: a few hundred at most.
const bulkStatusInput = z.object({
  workspace: z.string().min(1).max(100),
  jobId: z.uuid(),
  ids: z.array(z.uuid()).min(1).max(1000),
  status: z.enum(MATCH_STATUSES),
});
const recalculateInput = z.object({ workspace: z.string().min(1).max(100), jobId: z.uuid() });

async function memberWorkspaceId(slug: string): Promise<string | null> {
  const recruiter = await getRecruiter(await headers());
  return recruiter?.workspaces.find((workspace) => workspace.slug === slug)?.id ?? null;
}

export async function changeStatus(workspace: string, matchingId: string, status: string): Promise<{ ok: true } | Failure> {
  const input = statusInput.safeParse({ workspace, matchingId, status });
  if (!input.success) return { ok: false, error: "That status change is not valid." };
  try {
    const workspaceId = await memberWorkspaceId(input.data.workspace);
    if (!workspaceId) return { ok: false, error: "You are signed out or no longer a member of this workspace." };
    await updateMatchingStatus(await getDb(), workspaceId, input.data.matchingId, input.data.status);
  } catch (error) {
    if (isDomainError(error, "MATCHING_NOT_FOUND"))
      return { ok: false, error: "This candidate is no longer in the list. Reload the page." };
    console.error("[dashboard] status change failed", error);
    return { ok: false, error: "The status could not be saved. Try again." };
  }
  revalidatePath(`/w/${input.data.workspace}`, "layout");
  return { ok: true };
}

export type RecalculateOutcome = { ok: true; changes: RankingChanges; ranked: number; durationMs: number } | Failure;

export async function recalculateNow(workspace: string, jobId: string): Promise<RecalculateOutcome> {
  const input = recalculateInput.safeParse({ workspace, jobId });
  if (!input.success) return { ok: false, error: "That job is not valid." };
  try {
    const workspaceId = await memberWorkspaceId(input.data.workspace);
    if (!workspaceId) return { ok: false, error: "You are signed out or no longer a member of this workspace." };
    const { result, changes } = await recalculateWithChanges(await getDb(), workspaceId, input.data.jobId);
    revalidatePath(`/w/${input.data.workspace}`, "layout");
    return { ok: true, changes, ranked: result.ranked, durationMs: result.durationMs };
  } catch (error) {
    if (isDomainError(error, "JOB_NOT_ACTIVE")) return { ok: false, error: "Only active jobs are matched." };
    if (isDomainError(error, "JOB_NOT_FOUND")) return { ok: false, error: "This job does not exist." };
    if (isDomainError(error, "RECALCULATION_BUSY"))
      return {
        ok: false,
        error: `Several recalculations of this workspace are already running; try again in ${error.retryAfterSeconds} seconds.`,
      };
    console.error("[dashboard] recalculation failed", error);
    return { ok: false, error: "The recalculation failed; the previous list is unchanged. Try again." };
  }
}

export type BulkStatusOutcome = { ok: true; message: string } | Failure;

/** The bulk bar's form: one status for the chosen rows of one job, all or nothing. */
export async function changeStatuses(_previous: BulkStatusOutcome | null, form: FormData): Promise<BulkStatusOutcome> {
  const input = bulkStatusInput.safeParse({
    workspace: form.get("workspace"),
    jobId: form.get("jobId"),
    ids: form.getAll("ids"),
    status: form.get("status"),
  });
  if (!input.success) {
    const noRows = input.error.issues.some((issue) => issue.path[0] === "ids" && issue.code === "too_small");
    return { ok: false, error: noRows ? "Choose at least one candidate first." : "That status change is not valid." };
  }
  const { workspace, jobId, ids, status } = input.data;
  try {
    const workspaceId = await memberWorkspaceId(workspace);
    if (!workspaceId) return { ok: false, error: "You are signed out or no longer a member of this workspace." };
    const { updated } = await updateMatchingStatuses(await getDb(), workspaceId, jobId, ids, status);
    revalidatePath(`/w/${workspace}`, "layout");
    return { ok: true, message: `${plural(updated, "candidate")} set to ${STATUS_LABELS[status]}.` };
  } catch (error) {
    if (isDomainError(error, "MATCHINGS_NOT_IN_JOB"))
      return {
        ok: false,
        error: "Some of the chosen candidates are no longer in this job's list, so nothing was changed. Reload the page.",
      };
    if (isDomainError(error, "JOB_NOT_FOUND")) return { ok: false, error: "This job does not exist." };
    console.error("[dashboard] bulk status change failed", error);
    return { ok: false, error: "The statuses could not be saved; nothing was changed. Try again." };
  }
}
