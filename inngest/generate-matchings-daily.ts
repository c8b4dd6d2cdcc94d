import { cron } from "inngest";
import { getDb } from "../lib/db";
import { fanOutPage, type FanOutPage } from "../lib/recalculation/fan-out-page";
import { inngest } from "./client";

/**
 * Every night at midnight UTC, fans out one recalculation event per ACTIVE job, so each job is
 * recalculated, retried and observed on its own, spread over as many workers as Inngest gives.
 * One step per page of jobs (`fan-out-1`, `fan-out-2`, …), each listing its page after the last
 * job of the previous one and sending its events: the step count and sizes against Inngest's
 * limits are in lib/recalculation/fan-out-page.ts.
 */
export const generateMatchingsDaily = inngest.createFunction(
  {
    id: "generate-matchings-daily",
    name: "Generate matchings (nightly)",
    triggers: [cron("TZ=UTC 0 0 * * *")],
    retries: 3,
    concurrency: { limit: 1 },
  },
  async ({ step, runId, logger }) => {
    let after: string | null = null;
    let jobsFannedOut = 0;
    let pages = 0;
    do {
      const options = { after, idPrefix: `nightly-${runId}`, triggeredBy: "cron" };
      const page: FanOutPage = await step.run(`fan-out-${pages + 1}`, async () => fanOutPage(await getDb(), options));
      pages++;
      jobsFannedOut += page.sent;
      after = page.next;
    } while (after !== null);
    logger.info("Nightly recalculation fanned out", { jobs: jobsFannedOut, pages });
    return { jobsFannedOut, pages };
  },
);
