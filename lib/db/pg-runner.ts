import type pg from "pg";
import type { SqlRunner } from "./migrate";

/** node-postgres as a migration runner (one client: advisory locks belong to a session). */
export function pgRunner(client: pg.Client): SqlRunner {
  return {
    exec: (sql) => client.query(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
  };
}
