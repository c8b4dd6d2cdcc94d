import { getDb } from "../db";

export type Health = { status: "ok" | "unavailable"; database: { reachable: boolean; latencyMs: number | null; error?: string } };

/** Liveness plus a round trip to the database. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return { status: "ok", database: { reachable: true, latencyMs: Math.round(performance.now() - started) } };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return { status: "unavailable", database: { reachable: false, latencyMs: null, error: message } };
  }
}
