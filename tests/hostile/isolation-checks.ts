import { TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import type { Answer, TenantClient } from "../helpers/isolation-client";
import type { Attempt } from "./isolation-matrix";

// What the isolation matrix (isolation-matrix.ts) must show, shared by the test with one
// `next start` (isolation.test.ts) and the one with two on one PostgreSQL (multi-process.test.ts).

/** The server's settings: a signing key (so /api/inngest checks signatures), sign-in on, no per-key limit in the way. */
export const isolationServerEnv = (url: string) => ({
  DATABASE_URL: url,
  INNGEST_SIGNING_KEY: TEST_SIGNING_KEY,
  BETTER_AUTH_SECRET: "isolation-secret-isolation-secret-0",
  API_RATE_LIMIT_PER_MINUTE: "100000",
});

type Answered = Answer & { result?: unknown };
export type MatrixAnswers = Map<Attempt, { hostile: Answered; missing?: Answered }>;

/** Cursors A obtained (over all of A's jobs, and for A's job), for B to try. */
export async function cursorsOf(a: TenantClient, jobA: string): Promise<{ anyJob: string; oneJob: string }> {
  const page = (route: string) => a.get(route).then((answer) => JSON.parse(answer.body) as { nextCursor: string });
  return {
    anyJob: (await page("/api/matching?limit=2")).nextCursor,
    oneJob: (await page(`/api/matching?jobId=${jobA}&limit=2`)).nextCursor,
  };
}

/** Each attempt and its "does not exist" twin, one after the other. */
export async function answerMatrix(matrix: readonly Attempt[]): Promise<MatrixAnswers> {
  const answers: MatrixAnswers = new Map();
  for (const attempt of matrix) answers.set(attempt, { hostile: await attempt.hostile(), missing: await attempt.missing?.() });
  return answers;
}

/** Each attempt whose answer differs from its expected status or from the answer for something that does not exist. */
export function differences(matrix: readonly Attempt[], answers: MatrixAnswers): string[] {
  return matrix.flatMap((attempt) => {
    const { hostile, missing } = answers.get(attempt)!;
    const problems: string[] = [];
    if (
      attempt.status === "4xx"
        ? hostile.status < 400 || hostile.status >= 500
        : attempt.status !== undefined && hostile.status !== attempt.status
    ) {
      problems.push(`status ${hostile.status}, expected ${attempt.status}`);
    }
    if (missing) {
      if (hostile.status !== missing.status) problems.push(`status ${hostile.status}, ${missing.status} for a missing one`);
      if (hostile.result !== undefined || missing.result !== undefined) {
        if (JSON.stringify(hostile.result) !== JSON.stringify(missing.result))
          problems.push(`action answered ${JSON.stringify(hostile.result)}, ${JSON.stringify(missing.result)} for a missing one`);
      } else if (isJson(hostile) && normalized(hostile) !== normalized(missing))
        problems.push(`body ${hostile.body.slice(0, 300)} vs ${missing.body.slice(0, 300)}`);
      const names = (answer: Answer) =>
        Object.keys(answer.headers)
          .filter((name) => name !== "content-length")
          .sort()
          .join();
      if (names(hostile) !== names(missing)) problems.push(`headers ${names(hostile)} vs ${names(missing)}`);
    }
    return problems.length > 0 ? [`${attempt.name}: ${problems.join("; ")}`] : [];
  });
}

/** Each attempt whose answer failed its own check or shows one of A's `secrets` that B did not send. */
export async function leaks(matrix: readonly Attempt[], answers: MatrixAnswers, secrets: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const attempt of matrix) {
    const { hostile } = answers.get(attempt)!;
    try {
      await attempt.check?.(hostile);
    } catch (error) {
      found.push(`${attempt.name}: ${(error as Error).message}`);
    }
    const seen = `${JSON.stringify(hostile.headers)}\n${hostile.body}`;
    for (const secret of secrets)
      if (!hostile.sent.includes(secret) && seen.includes(secret)) found.push(`${attempt.name}: shows "${secret}"`);
  }
  return found;
}

const isJson = (answer: Answer) => /json/.test(answer.headers["content-type"] ?? "");
// The id B sent is echoed by the catch-all route's message; the missing one differs only there.
const normalized = (answer: Answer) => answer.body.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>");
