import { eventType, Inngest } from "inngest";
import { z } from "zod";
import { env } from "../lib/env";

/**
 * Recalculate one job's ranking: sent on a response, a screening or interview score change, a manual
 * trigger, and by the nightly fan-out.
 */
export const rankingRecalculate = eventType("gig/ranking.recalculate", {
  schema: z.object({
    gigId: z.uuid(),
    workspaceId: z.string().min(1),
    triggeredBy: z.string().min(1).max(100).optional(),
  }),
});

/** A candidate was created, or their profile, tests, quizzes, feedbacks or badges changed: match them now, not at midnight. */
export const candidateProfileUpdated = eventType("candidate/profile.updated", {
  schema: z.object({
    candidateId: z.uuid(),
    /** What changed, for the run's trigger and the logs: "import", "created", … */
    reason: z.string().min(1).max(100).optional(),
  }),
});

export const inngest = new Inngest({
  id: "talent-matching",
  isDev: env.INNGEST_DEV?.enabled ?? false,
  baseUrl: env.INNGEST_DEV?.url ?? env.INNGEST_BASE_URL,
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  signingKeyFallback: env.INNGEST_SIGNING_KEY_FALLBACK,
});
