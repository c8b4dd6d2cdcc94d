import type { GoogleGenAI } from "@google/genai";
import type { ReasonPrompt } from "./build-prompt";
import type { ExplainerConfig, GeminiSettings } from "./gemini-settings";

/** A non-2xx answer, with how long the server asked us to wait (Retry-After or RetryInfo). */
export class GeminiHttpError extends Error {
  override name = "GeminiHttpError";
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
    detail: string,
  ) {
    super(`Gemini answered ${status}${detail ? `: ${detail}` : ""}`);
  }
}

export type CallOutcome =
  | { ok: true; text: string | undefined; requests: number; note?: string }
  | { ok: false; error: string; requests: number };

// The SDK's own errors carry the status but not the headers; failing here keeps Retry-After.
// The SDK passes an error thrown by its fetch through unchanged.
const fetchOrThrow = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const response = await fetch(input, init);
  if (response.ok) return response;
  const body = await response.text().catch(() => "");
  throw new GeminiHttpError(
    response.status,
    retryAfterMs(response.headers.get("retry-after"), body),
    body.replace(/\s+/g, " ").slice(0, 300),
  );
};

export function retryAfterMs(header: string | null, body: string, now = Date.now()): number | null {
  if (header) {
    if (/^\d+(\.\d+)?$/.test(header.trim())) return Math.round(Number(header) * 1000);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  // Gemini's 429 body names the wait in a google.rpc.RetryInfo detail: "retryDelay": "37s".
  const delay = /"retryDelay"\s*:\s*"(\d+(?:\.\d+)?)s"/.exec(body);
  return delay ? Math.round(Number(delay[1]) * 1000) : null;
}

// Loaded on the first request: a command that writes no explanation (no key set) does not carry
// the SDK and its dependencies, some 20 MB of its memory.
let sdk: Promise<typeof import("@google/genai")> | undefined;
const loadSdk = () => (sdk ??= import("@google/genai"));

const clients = new WeakMap<GeminiSettings, GoogleGenAI>();

async function clientFor(settings: GeminiSettings): Promise<GoogleGenAI> {
  let client = clients.get(settings);
  if (!client) {
    const { GoogleGenAI } = await loadSdk();
    client = new GoogleGenAI({
      apiKey: settings.apiKey,
      vertexai: false,
      httpOptions: { timeout: settings.timeoutMs, fetch: fetchOrThrow, ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}) },
    });
    clients.set(settings, client);
  }
  return client;
}

const isTimeout = (error: unknown) => error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");

// Overload and server faults pass; a network failure (reset, refused) may too. A timeout is not
// retried: the answer was too slow, and the next run tries again without holding this one.
function retryable(error: unknown): boolean {
  if (error instanceof GeminiHttpError) return error.status === 429 || error.status >= 500;
  return error instanceof TypeError;
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * One structured-output request, admitted by the shared limiter, retried on 429, 5xx and network
 * failures with exponential backoff and jitter (never sooner than Retry-After), each attempt
 * bounded by the timeout. Never throws for a model failure: it says what went wrong.
 */
export async function callGemini({ settings, limiter }: ExplainerConfig, prompt: ReasonPrompt, signal?: AbortSignal): Promise<CallOutcome> {
  const client = await clientFor(settings);
  const { ThinkingLevel } = await loadSdk();
  const { maxRetries, baseDelayMs, maxDelayMs } = settings.retry;
  let requests = 0;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await limiter.run(() => {
        requests += 1;
        return client.models.generateContent({
          model: settings.model,
          contents: [{ role: "user", parts: [{ text: prompt.user }] }],
          config: {
            systemInstruction: prompt.system,
            ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
            responseMimeType: "application/json",
            responseJsonSchema: prompt.schema,
            ...(settings.thinkingLevel ? { thinkingConfig: { thinkingLevel: ThinkingLevel[settings.thinkingLevel] } } : {}),
            ...(signal ? { abortSignal: signal } : {}),
          },
        });
      }, signal);
      const text = response.text;
      const finish = response.candidates?.[0]?.finishReason;
      const blocked = response.promptFeedback?.blockReason;
      return { ok: true, text, requests, ...(text ? {} : { note: `no text in the answer (${blocked ?? finish ?? "empty"})` }) };
    } catch (error) {
      if (signal?.aborted) return { ok: false, error: "cancelled", requests };
      if (isTimeout(error)) return { ok: false, error: `no answer within ${settings.timeoutMs} ms`, requests };
      const message = error instanceof Error ? error.message : String(error);
      if (!retryable(error) || attempt >= maxRetries) return { ok: false, error: message, requests };
      const wait = error instanceof GeminiHttpError ? error.retryAfterMs : null;
      if (wait !== null && wait > maxDelayMs)
        return { ok: false, error: `${message} (asked to wait ${Math.ceil(wait / 1000)} s)`, requests };
      if (wait !== null) limiter.pauseUntil(Date.now() + wait);
      const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);
      try {
        await sleep(Math.max(backoff, wait ?? 0), signal);
      } catch {
        return { ok: false, error: "cancelled", requests };
      }
    }
  }
}
