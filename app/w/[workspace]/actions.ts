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

// Server actions are public endpoints: every argument is validated and membership checked here.
type Failure = { ok: false; error: string };

const statusInput = z.object({ workspace: z.string().min(1).max(100), matchingId: z.uuid(), status: z.enum(MATCH_STATUSES) });
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
    if (isDomainError(error, "MATCHING_NOT_FOUND")) return { ok: false, error: "This candidate is no longer in the list. Reload the page." };
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
    if (isDomainError(error, "RECALCULATION_BUSY")) return { ok: false, error: `Several recalculations of this workspace are already running; try again in ${error.retryAfterSeconds} seconds.` };
    console.error("[dashboard] recalculation failed", error);
    return { ok: false, error: "The recalculation failed; the previous list is unchanged. Try again." };
  }
}
