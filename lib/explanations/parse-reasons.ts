import { z } from "zod";
import { sanitizeReason } from "./sanitize-reason";

const answer = z.object({ reasons: z.array(z.unknown()) });
const item = z.object({ candidateId: z.string(), reason: z.string() });

/**
 * The usable reasons of a model's answer, by key. Each item is checked on its own, so one bad
 * item costs only its candidate: unknown keys, repeated keys, and empty, oversized or non-text
 * reasons are dropped (those rows keep their template). Malformed JSON yields nothing.
 */
export function parseReasons(text: string | undefined, keys: readonly string[]): Map<string, string> {
  const reasons = new Map<string, string>();
  if (!text) return reasons;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return reasons;
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) return reasons;
  const expected = new Set(keys);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const raw of parsed.data.reasons) {
    const entry = item.safeParse(raw);
    if (!entry.success || !expected.has(entry.data.candidateId)) continue;
    const key = entry.data.candidateId;
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
    const reason = sanitizeReason(entry.data.reason);
    if (reason) reasons.set(key, reason);
  }
  // Two answers for one candidate: trust neither.
  for (const key of repeated) reasons.delete(key);
  return reasons;
}
