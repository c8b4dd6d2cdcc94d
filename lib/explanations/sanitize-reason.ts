/** The longest reason stored; a longer answer is not two or three sentences and is refused. */
export const MAX_REASON_CHARS = 800;

// Tags only (a letter or slash after "<"), so "< 3 years" or "C++ <> Java" survive as text.
const TAG = /<\/?[a-z][^<>]*>/gi;
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
// C0/C1 controls and the Unicode bidi overrides, which can disguise text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A model's answer made plain text: markup removed, control characters turned to spaces,
 * whitespace collapsed. Null when nothing usable is left or it is too long to be a reason.
 */
export function sanitizeReason(text: string): string | null {
  const plain = text
    .replace(SCRIPT_OR_STYLE, " ")
    .replace(TAG, " ")
    .replace(CONTROL, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .trim();
  if (plain.length < 20 || plain.length > MAX_REASON_CHARS) return null;
  return plain;
}
