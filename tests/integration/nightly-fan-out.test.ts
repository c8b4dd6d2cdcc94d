import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Db } from "../../lib/db";
import { INNGEST_LIMITS } from "../../lib/inngest/inngest-limits";
import { FAN_OUT_PAGE_SIZE } from "../../lib/recalculation/fan-out-page";
import { startEventListener, type CapturedEvent } from "../helpers/event-listener";
import { productionDatabase } from "../helpers/production-database";

// The scale the fan-out is built for, on PostgreSQL (about a minute). PGlite needs two minutes for
// it, a quarter of the suite's time budget, so there a tenth of it: pages, steps and requests of
// the same size, and the step count's formula, checked at that scale, gives it at the full one.
const FULL_SCALE = 1_000_000;
const ACTIVE_JOBS = inject("databaseTemplate").kind === "postgres" ? FULL_SCALE : FULL_SCALE / 10;
// DRAFT and CLOSED jobs spread among the ACTIVE ones in id order, so pages must skip them.
const OTHER_JOBS = 2_000;
const WORKSPACES = ["00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b", "00000000-0000-4000-8000-00000000000c"];

// A job's id encodes its number: ACTIVE job n has the even number 2n, the others odd numbers, so
// every event can be checked against the jobs it must cover without a million-row lookup.
const ID_PREFIX = "00000000-0000-4000-8000-";
const idSql = (number: string) => `('${ID_PREFIX}' || lpad(to_hex(${number}), 12, '0'))::uuid`;

type Send = { events: number; bytes: number };

let db: Db;
let close: () => Promise<void>;
let closeListener: () => Promise<void>;
let generateMatchingsDaily: typeof import("../../inngest/generate-matchings-daily").generateMatchingsDaily;
const sends: Send[] = [];
const timesSent = new Uint8Array(ACTIVE_JOBS + 1);
const unexpected: CapturedEvent[] = [];

function record(events: CapturedEvent[], bytes: number) {
  sends.push({ events: events.length, bytes });
  for (const event of events) {
    const gigId = String(event.data.gigId);
    const number = gigId.startsWith(ID_PREFIX) ? Number.parseInt(gigId.slice(ID_PREFIX.length), 16) : Number.NaN;
    const n = number / 2;
    const expected =
      event.name === "gig/ranking.recalculate" &&
      Number.isInteger(n) &&
      n >= 1 &&
      n <= ACTIVE_JOBS &&
      event.data.workspaceId === WORKSPACES[n % WORKSPACES.length] &&
      event.data.triggeredBy === "cron";
    if (expected) timesSent[n]!++;
    else if (unexpected.length < 10) unexpected.push(event);
  }
}

beforeAll(async () => {
  const listener = await startEventListener({ onBatch: record });
  closeListener = listener.close;
  ({ db, close } = await productionDatabase("fan-out", { INNGEST_EVENT_KEY: "test-event-key", INNGEST_BASE_URL: listener.url }));
  ({ generateMatchingsDaily } = await import("../../inngest/generate-matchings-daily"));
  await db.workspace.createMany({ data: WORKSPACES.map((id, i) => ({ id, slug: `w${i}`, name: `Workspace ${i}` })) });
  await db.$executeRawUnsafe(`
    INSERT INTO "Job" (id, "workspaceId", title, status, "updatedAt")
    SELECT ${idSql("2 * n")}, (ARRAY['${WORKSPACES.join("','")}']::uuid[])[n % ${WORKSPACES.length} + 1], 'Job ' || n, 'ACTIVE', now()
    FROM generate_series(1, ${ACTIVE_JOBS}) AS n`);
  await db.$executeRawUnsafe(`
    INSERT INTO "Job" (id, "workspaceId", title, status, "updatedAt")
    SELECT ${idSql(`2 * (n * ${Math.floor(ACTIVE_JOBS / OTHER_JOBS)}) + 1`)}, '${WORKSPACES[0]}', 'Other ' || n,
      (CASE WHEN n % 2 = 0 THEN 'DRAFT' ELSE 'CLOSED' END)::"JobStatus", now()
    FROM generate_series(1, ${OTHER_JOBS}) AS n`);
  await db.$executeRawUnsafe(`ANALYZE "Job"`);
});
afterAll(async () => {
  await close();
  await closeListener();
});

describe("generate-matchings-daily at scale", () => {
  it(`fans out ${ACTIVE_JOBS.toLocaleString("en")} ACTIVE jobs, each once, within Inngest's limits`, async () => {
    const counts = await db.$queryRawUnsafe<{ status: string; jobs: number }[]>(
      `SELECT status::text, count(*)::int AS jobs FROM "Job" GROUP BY status ORDER BY status`,
    );
    expect(counts).toEqual([
      { status: "ACTIVE", jobs: ACTIVE_JOBS },
      { status: "CLOSED", jobs: OTHER_JOBS / 2 },
      { status: "DRAFT", jobs: OTHER_JOBS / 2 },
    ]);

    const { result, ctx } = await new InngestTestEngine({ function: generateMatchingsDaily }).execute();

    const stepIds = ctx.step.run.mock.calls.map(([id]) => id);
    const outputs: unknown[] = await Promise.all(ctx.step.run.mock.results.map((call) => call.value));
    const outputBytes = outputs.map((output) => Buffer.byteLength(JSON.stringify(output)));
    expect(result).toEqual({ jobsFannedOut: ACTIVE_JOBS, pages: stepIds.length });
    expect(stepIds).toEqual(stepIds.map((_, i) => `fan-out-${i + 1}`));
    const stepsFor = (jobs: number) => Math.floor(jobs / FAN_OUT_PAGE_SIZE) + 1;
    expect(stepIds).toHaveLength(stepsFor(ACTIVE_JOBS));
    expect(stepsFor(FULL_SCALE)).toBeLessThanOrEqual(INNGEST_LIMITS.stepsPerRun);
    expect(Math.max(...outputBytes)).toBeLessThan(INNGEST_LIMITS.stepOutputBytes);
    expect(outputBytes.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(INNGEST_LIMITS.runStateBytes);
    expect(ctx.step.sendEvent).not.toHaveBeenCalled();

    expect(Math.max(...sends.map((send) => send.events))).toBeLessThanOrEqual(INNGEST_LIMITS.eventsPerSend);
    expect(Math.max(...sends.map((send) => send.bytes))).toBeLessThanOrEqual(INNGEST_LIMITS.sendBodyBytes);
    expect(unexpected).toEqual([]);
    expect(timesSent.slice(1).filter((times) => times !== 1)).toHaveLength(0);
  }, 600_000);
});
