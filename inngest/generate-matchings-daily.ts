import { cron } from "inngest";
import { getDb } from "../lib/db";
import { inngest, rankingRecalculate } from "./client";

// Inngest accepts at most a few hundred events per send; batches keep each step small.
const BATCH = 500;

/**
 * Every night at midnight UTC, fans out one recalculation event per ACTIVE job, so each job is
 * recalculated, retried and observed on its own, spread over as many workers as Inngest gives.
 */
export const generateMatchingsDaily = inngest.createFunction(
  {
    id: "generate-matchings-daily",
    name: "Generate matchings (nightly)",
    triggers: [cron("TZ=UTC 0 0 * * *")],
    retries: 3,
    concurrency: { limit: 1 },
  },
  async ({ step, logger }) => {
    const jobs = await step.run("list-active-jobs", async () => {
      const db = await getDb();
      return db.job.findMany({ where: { status: "ACTIVE" }, select: { id: true, workspaceId: true }, orderBy: { id: "asc" } });
    });
    for (let start = 0; start < jobs.length; start += BATCH) {
      const batch = jobs.slice(start, start + BATCH);
      await step.sendEvent(
        `fan-out-${start / BATCH + 1}`,
        batch.map((job) => rankingRecalculate.create({ gigId: job.id, workspaceId: job.workspaceId, triggeredBy: "cron" })),
      );
    }
    logger.info("Nightly recalculation fanned out", { jobs: jobs.length });
    return { jobsFannedOut: jobs.length };
  },
);
