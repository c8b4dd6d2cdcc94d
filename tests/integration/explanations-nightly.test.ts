import { InngestTestEngine } from "@inngest/test";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db";
import { importData } from "../../lib/import/import-data";
import { startEventListener } from "../helpers/event-listener";
import { startFakeGemini, type FakeGemini } from "../helpers/fake-gemini";
import { productionDatabase } from "../helpers/production-database";

// What explanations cost a nightly run of the demo data (data/demo.json): the cron's fan-out,
// then recalculate-gig-ranking for each ACTIVE job, as Inngest runs them, against a local
// stand-in for Gemini that counts the requests, the fan-out's events caught by a stand-in for Inngest.
let db: Db;
let close: () => Promise<void>;
let fake: FakeGemini;
let listener: Awaited<ReturnType<typeof startEventListener>>;
let functions: typeof import("../../inngest");

beforeAll(async () => {
  fake = await startFakeGemini();
  listener = await startEventListener();
  ({ db, close } = await productionDatabase("nightly", {
    GEMINI_API_KEY: "test-key",
    GEMINI_BASE_URL: fake.url,
    INNGEST_EVENT_KEY: "test-event-key",
    INNGEST_BASE_URL: listener.url,
  }));
  functions = await import("../../inngest");
  await importData(db, JSON.parse(fs.readFileSync("data/demo.json", "utf8")));
});
afterAll(async () => {
  await fake.close();
  await listener.close();
  await close();
});

type Explained = { explanations: { written: number; keptTemplate: number; modelRequests: number } };

async function night() {
  const [daily, recalculate] = [functions.functions[0]!, functions.functions[1]!];
  listener.events.length = 0;
  await new InngestTestEngine({ function: daily }).execute();
  const events = [...listener.events];
  fake.reset();
  const results: Explained[] = [];
  for (const event of events) {
    const { result, error } = await new InngestTestEngine({ function: recalculate, events: [event as never] }).execute();
    expect(error).toBeUndefined();
    results.push(result as Explained);
  }
  const sum = (pick: (r: Explained["explanations"]) => number) => results.reduce((total, r) => total + pick(r.explanations), 0);
  return {
    jobs: events.length,
    requests: fake.requests.length,
    reported: sum((r) => r.modelRequests),
    written: sum((r) => r.written),
    keptTemplate: sum((r) => r.keptTemplate),
  };
}

describe("a nightly run of the demo data", () => {
  it("costs one model request per active job the first night, none the next, and one per job touched after a change", async () => {
    const first = await night();
    expect(first.jobs).toBe(14);
    expect(first).toMatchObject({ requests: 14, reported: 14, keptTemplate: 0 });
    expect(first.written).toBe(await db.candidateMatching.count({ where: { status: { not: "REJECTED" } } }));

    const second = await night();
    expect(second).toMatchObject({ jobs: 14, requests: 0, reported: 0, written: 0 });

    // One candidate passes a technical test: only the jobs that keep them are asked again, about them alone.
    const row = await db.candidateMatching.findFirstOrThrow({ where: { rank: 1 }, orderBy: { id: "asc" } });
    await db.technicalTest.create({ data: { candidateId: row.candidateId, name: "New test", score: 97, completedAt: new Date() } });
    const jobsWithCandidate = await db.candidateMatching.count({ where: { candidateId: row.candidateId, status: { not: "REJECTED" } } });
    const third = await night();
    expect(third.requests).toBe(jobsWithCandidate);
    expect(fake.requests.every((request) => request.candidates.length === 1)).toBe(true);

    console.info(
      `[demo nightly] ${first.jobs} active jobs: first night ${first.requests} model requests (${first.written} reasons written), ` +
        `second night ${second.requests}; after one candidate's new test ${third.requests} (one per job that keeps them).`,
    );
  });
});
