import { setTimeout as sleep } from "node:timers/promises";
import type { Limit } from "../limits/limit";

type Waiter = { resolve: () => void; reject: (reason: unknown) => void; signal?: AbortSignal; onAbort?: () => void };

/**
 * Admission for model calls: at most `maxConcurrent` in flight and at most `perMinute` started
 * in any sliding minute, in this process. `pauseUntil` holds every new call back, so one
 * Retry-After slows all callers, not only the one that got it. Waiters are served in order.
 * With `shared` (PostgreSQL), each admitted call also takes from the budget every process counts
 * in, and waits for its next window when it is spent.
 */
export class ModelLimiter {
  private inFlight = 0;
  private readonly starts: number[] = [];
  private readonly waiters: Waiter[] = [];
  private pausedUntil = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly maxConcurrent: number,
    readonly perMinute: number,
    /** The budget's window: a minute, shorter only in tests. */
    private readonly windowMs = 60_000,
    private readonly shared?: Limit,
  ) {}

  /** Runs `task` once admitted; rejects without running it if `signal` aborts while waiting. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      await this.takeShared(signal);
      return await task();
    } finally {
      this.inFlight -= 1;
      this.pump();
    }
  }

  private async takeShared(signal?: AbortSignal): Promise<void> {
    if (!this.shared) return;
    for (let wait = await this.shared.take("calls"); wait > 0; wait = await this.shared.take("calls")) await sleep(wait * 1000, undefined, { signal });
  }

  pauseUntil(time: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, time);
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          reject(signal.reason);
        };
        signal.addEventListener("abort", waiter.onAbort, { once: true });
      }
      this.waiters.push(waiter);
      this.pump();
    });
  }

  private pump(): void {
    const now = Date.now();
    while (this.starts.length > 0 && this.starts[0]! <= now - this.windowMs) this.starts.shift();
    while (this.waiters.length > 0 && this.inFlight < this.maxConcurrent && this.starts.length < this.perMinute && now >= this.pausedUntil) {
      const waiter = this.waiters.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      this.inFlight += 1;
      this.starts.push(now);
      waiter.resolve();
    }
    // Blocked by time (the minute's budget or a pause), not by a call in flight: wake up then.
    if (this.waiters.length > 0 && this.inFlight < this.maxConcurrent && !this.timer) {
      const budgetFreesAt = this.starts.length >= this.perMinute ? this.starts[0]! + this.windowMs : 0;
      const wait = Math.max(budgetFreesAt, this.pausedUntil) - now;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.pump();
      }, Math.max(1, wait));
    }
  }
}
