import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { limitPool, limitsShared } from "./limit-pool";

/**
 * A budget of `points` per key in windows of `durationSeconds`. Every app process on one
 * PostgreSQL shares it (table "RateLimit", one atomic upsert per call); on the embedded database,
 * which one process serves, it lives in that process's memory.
 */
export type Limit = {
  /** Counts `points` against `key`: 0 while within the budget, else the seconds until the window ends. */
  take(key: string, points?: number): Promise<number>;
  /** The seconds until `key` is within its budget again (0 if it is), without counting. */
  wait(key: string): Promise<number>;
  /** How many points `key` has used in its window. */
  used(key: string): Promise<number>;
  /** Gives back points taken for something that turned out fine. */
  give(key: string, points?: number): Promise<void>;
  /** Holds `key` beyond its budget for `seconds`. */
  block(key: string, seconds: number): Promise<void>;
  forget(key: string): Promise<void>;
};

export type LimitOptions = { points: number; durationSeconds: number };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

// One limiter per name and process, kept on globalThis: the route handlers' and the server
// actions' module graphs must count in the same memory on the embedded database.
const shared = globalThis as unknown as { __limits?: Map<string, RateLimiterAbstract> };
shared.__limits ??= new Map();
const registry = shared.__limits;

function limiterFor(name: string, options: LimitOptions): RateLimiterAbstract {
  const existing = registry.get(name);
  if (existing) return existing;
  const base = { keyPrefix: name, points: options.points, duration: options.durationSeconds };
  const memory = new RateLimiterMemory(base);
  const limiter = !limitsShared()
    ? memory
    : new RateLimiterPostgres({
        ...base,
        storeClient: limitPool(),
        storeType: "pool",
        tableName: "RateLimit",
        // Created by the migration rate_limits, so `prisma migrate diff` knows it.
        tableCreated: true,
        // PostgreSQL unreachable: the process's own memory keeps limiting meanwhile.
        insuranceLimiter: memory,
      });
  registry.set(name, limiter);
  return limiter;
}

export function createLimit(name: string, options: LimitOptions): Limit {
  const limiter = () => limiterFor(name, options);
  return {
    async take(key, points = 1) {
      try {
        await limiter().consume(key, points);
        return 0;
      } catch (refusal) {
        // Over the budget the library rejects with its result (msBeforeNext), else with an Error.
        if (refusal instanceof Error) throw refusal;
        return seconds((refusal as { msBeforeNext: number }).msBeforeNext);
      }
    },
    async wait(key) {
      const state = await limiter().get(key);
      return state && state.consumedPoints > options.points ? seconds(state.msBeforeNext) : 0;
    },
    async used(key) {
      return (await limiter().get(key))?.consumedPoints ?? 0;
    },
    async give(key, points = 1) {
      await limiter().reward(key, points);
    },
    async block(key, blockSeconds) {
      await limiter().block(key, blockSeconds);
    },
    async forget(key) {
      await limiter().delete(key);
    },
  };
}
