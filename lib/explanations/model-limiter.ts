import { setTimeout as sleep } from "node:timers/promises";
import PQueue from "p-queue";
import type { Limit } from "../limits/limit";

export type ModelLimits = {
  /** Calls in flight at once in this process. */
  maxConcurrent: number;
  /** Calls started in any sliding window, in this process. */
  perWindow: number;
  /** The window's length: the budget's, as the provider counts it. */
  windowMs: number;
  /** The budget every process counts in (PostgreSQL): each admitted call also takes from it. */
  shared?: Limit;
};

/**
 * Admission for model calls, on p-queue: at most `maxConcurrent` in flight and at most
 * `perWindow` started in any sliding window (strict mode), in this process, served in order.
 * `pauseUntil` holds every new call back, so one Retry-After slows all callers, not only the one
 * that got it. With `shared`, an admitted call also waits for the shared budget's next window
 * when it is spent.
 */
export class ModelLimiter {
  readonly maxConcurrent: number;
  private readonly queue: PQueue;
  private readonly shared?: Limit;
  private pausedUntil = 0;
  private resume: NodeJS.Timeout | undefined;

  constructor(limits: ModelLimits) {
    this.maxConcurrent = limits.maxConcurrent;
    this.shared = limits.shared;
    this.queue = new PQueue({ concurrency: limits.maxConcurrent, intervalCap: limits.perWindow, interval: limits.windowMs, strict: true });
  }

  /** Runs `task` once admitted; rejects without running it if `signal` aborts while waiting. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return this.queue.add(
      async () => {
        await this.takeShared(signal);
        return task();
      },
      { signal },
    );
  }

  pauseUntil(time: number): void {
    if (time <= this.pausedUntil) return;
    this.pausedUntil = time;
    this.queue.pause();
    clearTimeout(this.resume);
    this.resume = setTimeout(() => this.queue.start(), time - Date.now());
  }

  private async takeShared(signal?: AbortSignal): Promise<void> {
    if (!this.shared) return;
    for (let wait = await this.shared.take("calls"); wait > 0; wait = await this.shared.take("calls"))
      await sleep(wait * 1000, undefined, { signal });
  }
}
