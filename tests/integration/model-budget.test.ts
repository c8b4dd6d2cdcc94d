import { describe, expect, it } from "vitest";
import { productionDatabase } from "../helpers/production-database";

// Gemini's per-minute budget, shared through PostgreSQL by every process: two limiters (as two
// processes would hold) over one counter start no more calls in a window than the budget. The
// embedded database serves one process, so there the process's own window is the budget.
describe.runIf(Boolean(process.env.TEST_DATABASE_URL))("Gemini's budget on PostgreSQL", () => {
  it("is one budget for two processes' limiters", { timeout: 30_000 }, async () => {
    const database = await productionDatabase("model-budget");
    try {
      const { ModelLimiter } = await import("../../lib/explanations/model-limiter");
      const { createLimit } = await import("../../lib/limits/limit");
      // Three calls per 2-second window, for each limiter alone and for both together.
      const limiter = () =>
        new ModelLimiter({
          maxConcurrent: 10,
          perWindow: 3,
          windowMs: 2_000,
          shared: createLimit("gemini-test", { points: 3, durationSeconds: 2 }),
        });
      const [first, second] = [limiter(), limiter()];
      const started = Date.now();
      const times = await Promise.all(
        Array.from({ length: 6 }, (_, index) => (index % 2 ? first : second).run(async () => Date.now() - started)),
      );
      expect(times.filter((ms) => ms < 1_500).length).toBe(3);
      expect(times.filter((ms) => ms >= 1_000).length).toBe(3);
    } finally {
      await database.close();
    }
  });
});
