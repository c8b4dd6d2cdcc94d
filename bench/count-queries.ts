import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";

type Adapter = Awaited<ReturnType<SqlDriverAdapterFactory["connect"]>>;

export type QueryCounter = { readonly count: number; wrap: (factory: SqlDriverAdapterFactory) => SqlDriverAdapterFactory };

/**
 * Counts database round trips at the driver adapter, below Prisma: every statement Prisma or our
 * raw SQL sends (including COMMIT and ROLLBACK, which Prisma sends as statements) and every BEGIN,
 * on PostgreSQL and PGlite alike.
 */
export function createQueryCounter(): QueryCounter {
  let count = 0;
  const counted = <T extends object>(target: T, extra: Record<string, (original: (...args: never[]) => unknown) => unknown> = {}): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof value !== "function") return value;
        const original = (value as (...args: unknown[]) => unknown).bind(object);
        if (property === "queryRaw" || property === "executeRaw" || property === "executeScript") {
          return (...args: unknown[]) => {
            count++;
            return original(...args);
          };
        }
        const wrapper = typeof property === "string" ? extra[property] : undefined;
        return wrapper ? wrapper(original as (...args: never[]) => unknown) : original;
      },
    });
  const wrapAdapter = (adapter: Adapter): Adapter =>
    counted(adapter, {
      startTransaction:
        (original) =>
        async (...args: never[]) => {
          count++; // BEGIN, sent by the adapter itself
          return counted((await original(...args)) as object);
        },
    });
  return {
    get count() {
      return count;
    },
    wrap: (factory) => counted(factory, { connect: (original) => async () => wrapAdapter((await original()) as Adapter) }),
  };
}
