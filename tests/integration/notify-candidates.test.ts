import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importData } from "../../lib/import/import-data";
import { recalculateAllJobs } from "../../lib/matching";
import { startEventListener } from "../helpers/event-listener";
import { eligibleCandidates, jobId, matchingsOf, seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, eligibleCandidates(55));
  await recalculateAllJobs(t.db, { trigger: "test" });
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await t.close();
});

describe("after an import, the created or changed candidates are matched", () => {
  it("without Inngest, matches them in-process and says so", async () => {
    vi.resetModules();
    const { notifyCandidatesUpdated } = await import("../../lib/recalculation/notify-candidates");
    const { changedCandidateIds } = await importData(t.db, { candidates: eligibleCandidates(1, "late", 98) });
    expect(await notifyCandidatesUpdated(t.db, changedCandidateIds, "import")).toEqual({ mode: "in-process", candidatesMatched: 1 });
    expect((await matchingsOf(t.db, await jobId(t.db))).get("late-098")).toMatchObject({ rank: 1, status: "PENDING" });
    expect(await t.db.matchingRun.findFirstOrThrow({ where: { candidateId: changedCandidateIds[0]! } })).toMatchObject({
      scope: "CANDIDATE",
      trigger: "import",
    });
  });

  it("with Inngest, sends one candidate/profile.updated per candidate and matches nothing itself", async () => {
    const listener = await startEventListener();
    try {
      vi.stubEnv("INNGEST_EVENT_KEY", "test-event-key");
      vi.stubEnv("INNGEST_BASE_URL", listener.url);
      vi.resetModules();
      const { notifyCandidatesUpdated } = await import("../../lib/recalculation/notify-candidates");
      const { changedCandidateIds } = await importData(t.db, { candidates: eligibleCandidates(3, "queued", 97) });
      expect(changedCandidateIds).toHaveLength(3);
      expect(await notifyCandidatesUpdated(t.db, changedCandidateIds, "import")).toEqual({ mode: "queued", events: 3 });
      expect(listener.events.map((event) => ({ name: event.name, data: event.data }))).toEqual(
        changedCandidateIds.map((candidateId) => ({ name: "candidate/profile.updated", data: { candidateId, reason: "import" } })),
      );
      expect(listener.paths).toEqual(["POST /e/test-event-key"]);
      expect((await matchingsOf(t.db, await jobId(t.db))).has("queued-097")).toBe(false);
    } finally {
      vi.unstubAllEnvs();
      await listener.close();
    }
  });
});
