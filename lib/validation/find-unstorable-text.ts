// PostgreSQL text cannot hold U+0000 (the write fails), and an unpaired UTF-16 surrogate is
// silently stored as U+FFFD: both are refused up front rather than failing or altered on write.
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000 is what PostgreSQL cannot store.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether PostgreSQL would refuse or alter `text` (a NUL, an unpaired surrogate). */
export const hasUnstorableText = (text: string): boolean => UNSTORABLE.test(text);

/**
 * Deeper than any document this app reads (an import file is five levels deep). The walk stops
 * there, so its cost follows the size of the input, never its shape.
 */
export const MAX_JSON_DEPTH = 64;

export type TextIssue = { code: "too_deep" | "unstorable_text"; path: PropertyKey[]; message: string };

type Entry = { value: unknown; key: PropertyKey | null; parent: Entry | null; depth: number };

// Linear in the depth, which the walk bounds.
const pathOf = (entry: Entry): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let at: Entry | null = entry; at?.key != null; at = at.parent) path.push(at.key);
  return path.reverse();
};

/**
 * The strings (values or keys) of parsed JSON that the database cannot store as given, at most
 * `limit` of them; or, alone, the document's nesting beyond MAX_JSON_DEPTH. Iterative, so a body
 * nested 100,000 levels deep is no stack risk, and it visits each value at most once.
 */
export function findUnstorableText(input: unknown, limit = 5): TextIssue[] {
  const found: TextIssue[] = [];
  const stack: Entry[] = [{ value: input, key: null, parent: null, depth: 0 }];
  while (stack.length > 0 && found.length < limit) {
    const entry = stack.pop()!;
    const { value, depth } = entry;
    if (typeof value === "string") {
      if (UNSTORABLE.test(value))
        found.push({
          code: "unstorable_text",
          path: pathOf(entry),
          message: "must not contain NUL characters (\\u0000) or unpaired surrogates",
        });
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    if (depth >= MAX_JSON_DEPTH) return [{ code: "too_deep", path: [], message: `is nested more than ${MAX_JSON_DEPTH} levels deep` }];
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], key: index, parent: entry, depth: depth + 1 });
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index]!;
      if (UNSTORABLE.test(key) && found.length < limit)
        found.push({ code: "unstorable_text", path: pathOf(entry), message: "has a key with NUL characters or unpaired surrogates" });
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: entry, depth: depth + 1 });
    }
  }
  return found;
}
