import { env } from "../env";
import { createLimit } from "../limits/limit";
import { limitsShared } from "../limits/limit-pool";
import { ModelLimiter } from "./model-limiter";

export type RetryPolicy = {
  /** Retries after the first attempt, for 429, 5xx and network failures. */
  maxRetries: number;
  /** First backoff; doubled on each retry, with jitter. */
  baseDelayMs: number;
  /** The longest wait between attempts; a longer Retry-After ends the call instead. */
  maxDelayMs: number;
};

export type GeminiSettings = {
  apiKey: string;
  model: string;
  /** Unset: none is sent, and the model samples at its own default (docs/explanations.md). */
  temperature?: number;
  /** Unset: the model's default (Gemini 2.5 models take none). */
  thinkingLevel?: "MINIMAL" | "LOW" | "MEDIUM" | "HIGH";
  baseUrl?: string;
  timeoutMs: number;
  retry: RetryPolicy;
};

/** Everything an explanation pass needs: where and how to call the model, and the limiter it shares. */
export type ExplainerConfig = { settings: GeminiSettings; limiter: ModelLimiter };

const shared = globalThis as unknown as { __explainer?: ExplainerConfig };

// GEMINI_REQUESTS_PER_MINUTE is counted over this window, by this process and by all together.
const BUDGET_WINDOW_SECONDS = 60;

/**
 * The configuration from the environment, or null without GEMINI_API_KEY (template reasons only).
 * It is one per process (kept on globalThis so hot reloads reuse it): every run in this
 * process shares its concurrency; the per-minute budget is shared by every process on one
 * PostgreSQL (the CLI's nightly run and the app's Inngest functions alike), and kept in this
 * process on the embedded database, which one process serves.
 */
export function explainerFromEnv(): ExplainerConfig | null {
  if (!env.GEMINI_API_KEY) return null;
  shared.__explainer ??= {
    settings: {
      apiKey: env.GEMINI_API_KEY,
      model: env.GEMINI_MODEL,
      temperature: env.GEMINI_TEMPERATURE,
      thinkingLevel: env.GEMINI_THINKING_LEVEL,
      baseUrl: env.GEMINI_BASE_URL,
      timeoutMs: env.GEMINI_TIMEOUT_MS,
      retry: { maxRetries: env.GEMINI_MAX_RETRIES, baseDelayMs: 1000, maxDelayMs: 30_000 },
    },
    limiter: new ModelLimiter({
      maxConcurrent: env.GEMINI_MAX_CONCURRENCY,
      perWindow: env.GEMINI_REQUESTS_PER_MINUTE,
      windowMs: BUDGET_WINDOW_SECONDS * 1000,
      shared: limitsShared()
        ? createLimit("gemini", { points: env.GEMINI_REQUESTS_PER_MINUTE, durationSeconds: BUDGET_WINDOW_SECONDS })
        : undefined,
    }),
  };
  return shared.__explainer;
}
