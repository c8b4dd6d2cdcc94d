// Vitest runs the global setup of every project in the run, one after the other, in its main
// process: a setup listed by two projects (the build, the database template) would run twice.
// What it makes is kept here, on the process, since each project imports the setup file anew.
const KEY = Symbol.for("tm.tests.once-per-run");
const processState = globalThis as { [KEY]?: Map<string, Promise<Made<unknown>>> };
processState[KEY] ??= new Map();
const made = processState[KEY];

export type Made<T> = { value: T; teardown?: () => unknown };

/**
 * What `make` makes, made at most once per run and shared by every project whose setup asks for
 * it under `name`. The returned teardown runs `make`'s teardown once, whichever project's comes first:
 * Vitest tears the projects down together at the end of the run.
 */
export async function oncePerRun<T>(name: string, make: () => Promise<Made<T>>): Promise<{ value: T; teardown: () => Promise<void> }> {
  let making = made.get(name) as Promise<Made<T>> | undefined;
  if (!making) {
    making = make();
    made.set(name, making);
    // A failed setup is not kept: the next project (or a rerun) tries again and reports its own failure.
    making.catch(() => made.delete(name));
  }
  const { value, teardown } = await making;
  return {
    value,
    teardown: async () => {
      if (made.get(name) !== making) return;
      made.delete(name);
      await teardown?.();
    },
  };
}
