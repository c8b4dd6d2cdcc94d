import { ApiError, notFound } from "@/lib/api/api-error";
import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { operations } from "@/lib/api/operations";
import { routeMethods } from "@/lib/api/route-methods";
import { RecalculationBusyError } from "@/lib/recalculation/in-request-queue";
import { requestRecalculation } from "@/lib/recalculation/request-recalculation";
import { MatchingError } from "@/lib/matching";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  POST: apiHandler(operations.recalculateJob, async ({ db, workspaceId, params }) => {
    const job = await db.job.findFirst({ where: { id: params.jobId, workspaceId }, select: { status: true } });
    if (!job) throw notFound("Job");
    if (job.status !== "ACTIVE") throw new ApiError(409, "job_not_active", `The job is ${job.status}: only ACTIVE jobs are matched`);
    const outcome = await requestRecalculation(db, { gigId: params.jobId, workspaceId, triggeredBy: "manual" }, { inProcess: true }).catch(
      (error: unknown) => {
        if (error instanceof MatchingError) throw new ApiError(409, "job_not_active", error.message);
        if (error instanceof RecalculationBusyError) {
          throw new ApiError(429, "recalculation_busy", error.message, undefined, { "Retry-After": String(error.retryAfterSeconds) });
        }
        console.error("[recalculate] could not send gig/ranking.recalculate", error);
        throw new ApiError(503, "inngest_unavailable", "Could not reach Inngest to queue the recalculation; try again later");
      },
    );
    if (outcome.mode === "queued") return json({ eventId: outcome.eventId, message: "Recalculation queued on Inngest" }, 202);
    return json({ ...outcome, message: "Recalculated in-process: no Inngest server is configured (INNGEST_DEV or INNGEST_EVENT_KEY)" });
  }),
});
