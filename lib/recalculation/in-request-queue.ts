import { DomainError } from "../domain-error";
import { env } from "../env";

/** Refused: this workspace already has as many recalculations running or waiting in this process as it may. */
const recalculationBusy = (retryAfterSeconds: number) =>
  new DomainError(
    "RECALCULATION_BUSY",
    "This workspace has enough recalculations running or waiting in this process; retry shortly",
    retryAfterSeconds,
  );

// At once in this process: a recalculation is CPU work, and requests of every tenant share it.
const MAX_RUNNING = 2;
const RETRY_AFTER_SECONDS = 5;

type Waiter = { workspaceId: string; start: () => void };
type State = { running: Map<string, number>; admitted: Map<string, number>; waiters: Waiter[] };

// On globalThis: the API's route handlers and the dashboard's server actions are separate module
// graphs, and both must count in the same queue.
const shared = globalThis as unknown as { __inRequestRecalculations?: State };
shared.__inRequestRecalculations ??= { running: new Map(), admitted: new Map(), waiters: [] };
const state: State = shared.__inRequestRecalculations;

const total = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);
const bump = (counts: Map<string, number>, key: string, by: number) => {
  const next = (counts.get(key) ?? 0) + by;
  if (next > 0) counts.set(key, next);
  else counts.delete(key);
};

function startNext(): void {
  while (state.waiters.length > 0 && total(state.running) < MAX_RUNNING) {
    // The waiter of the workspace with the fewest running goes first: one tenant's burst cannot
    // hold the slots while another's request waits.
    let chosen = 0;
    state.waiters.forEach((waiter, index) => {
      if ((state.running.get(waiter.workspaceId) ?? 0) < (state.running.get(state.waiters[chosen]!.workspaceId) ?? 0)) chosen = index;
    });
    const [waiter] = state.waiters.splice(chosen, 1);
    bump(state.running, waiter!.workspaceId, 1);
    waiter!.start();
  }
}

/**
 * Runs a recalculation asked for inside a request (no Inngest server to queue it on): at most
 * MAX_RUNNING at once in this process, the others waiting their turn, and at most
 * RECALCULATION_QUEUE_PER_WORKSPACE of one workspace running or waiting; beyond that it is
 * refused at once with the DomainError RECALCULATION_BUSY, saying when to retry.
 */
export async function runInRequest<T>(workspaceId: string, task: () => Promise<T>): Promise<T> {
  if ((state.admitted.get(workspaceId) ?? 0) >= env.RECALCULATION_QUEUE_PER_WORKSPACE) throw recalculationBusy(RETRY_AFTER_SECONDS);
  bump(state.admitted, workspaceId, 1);
  try {
    await new Promise<void>((resolve) => {
      state.waiters.push({ workspaceId, start: resolve });
      startNext();
    });
    try {
      return await task();
    } finally {
      bump(state.running, workspaceId, -1);
    }
  } finally {
    bump(state.admitted, workspaceId, -1);
    startNext();
  }
}
