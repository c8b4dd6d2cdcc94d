import { inngest, rankingRecalculate } from "../../inngest/client";
import type { Db } from "../db";
import { listActiveJobPage } from "../matching/list-active-job-page";

// Against Inngest's limits (INNGEST_LIMITS), at 1,000,000 ACTIVE jobs: one step per page, so
// 1,000,000 / 5,000 + 1 (the short or empty last page) = 201 steps of the 1,000 a run may take,
// room for about 5,000,000 jobs. A step returns under 100 bytes (of 4 MB), the run's state holds
// 201 of them (of 32 MB). A request carries 500 events of about 263 bytes: 132 KB of the 256 KB
// allowed, 500 of the 5,000 events.
export const FAN_OUT_PAGE_SIZE = 5_000;
const SEND_SIZE = 500;

export type FanOutPageOptions = {
  /** Where this page starts: the previous page's `next`, null for the first page. */
  after: string | null;
  /** Begins each event's id: a retried page sends the same ids again, and Inngest starts no second run for them. */
  idPrefix: string;
  triggeredBy: string;
};

/** How many events the page sent, and where the next page starts: null after the last page. */
export type FanOutPage = { sent: number; next: string | null };

/**
 * Lists the next FAN_OUT_PAGE_SIZE ACTIVE jobs and sends one gig/ranking.recalculate event per
 * job, SEND_SIZE events a request. It returns only counts, not the jobs: a step running it stores
 * a few bytes, where a list step feeding step.sendEvent would keep every job in the run's state
 * (about 75 bytes each, 75 MB at 1,000,000 jobs) and every event id besides (29 MB).
 */
export async function fanOutPage(db: Db, options: FanOutPageOptions): Promise<FanOutPage> {
  const jobs = await listActiveJobPage(db, options.after, FAN_OUT_PAGE_SIZE);
  for (let start = 0; start < jobs.length; start += SEND_SIZE) {
    await inngest.send(
      jobs
        .slice(start, start + SEND_SIZE)
        .map((job) =>
          rankingRecalculate.create(
            { gigId: job.id, workspaceId: job.workspaceId, triggeredBy: options.triggeredBy },
            { id: `${options.idPrefix}-${job.id}` },
          ),
        ),
    );
  }
  return { sent: jobs.length, next: jobs.length === FAN_OUT_PAGE_SIZE ? jobs.at(-1)!.id : null };
}
