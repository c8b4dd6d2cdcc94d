// PostgreSQL text cannot hold U+0000 (the write fails), and an unpaired UTF-16 surrogate is
// silently stored as U+FFFD: both are refused up front rather than failing or altered on write.
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Entry = { value: unknown; key: PropertyKey | null; parent: Entry | null };

const pathOf = (entry: Entry): PropertyKey[] => {
  const path: PropertyKey[] = [];
  for (let at: Entry | null = entry; at?.key != null; at = at.parent) path.unshift(at.key);
  return path;
};

/**
 * The paths of the strings (values or keys) in parsed JSON that the database cannot store as
 * given, at most `limit` of them. Iterative: a body nested 100,000 levels deep is no stack risk.
 */
export function findUnstorableText(input: unknown, limit = 20): { path: PropertyKey[]; message: string }[] {
  const found: { path: PropertyKey[]; message: string }[] = [];
  const stack: Entry[] = [{ value: input, key: null, parent: null }];
  while (stack.length > 0 && found.length < limit) {
    const entry = stack.pop()!;
    const { value } = entry;
    if (typeof value === "string") {
      if (UNSTORABLE.test(value)) found.push({ path: pathOf(entry), message: "must not contain NUL characters (\\u0000) or unpaired surrogates" });
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], key: index, parent: entry });
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value).reverse()) {
        if (UNSTORABLE.test(key)) found.push({ path: pathOf(entry), message: `has a key with NUL characters or unpaired surrogates` });
        stack.push({ value: child, key, parent: entry });
      }
    }
  }
  return found.slice(0, limit);
}
