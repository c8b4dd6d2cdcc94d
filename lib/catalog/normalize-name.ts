/** The matching key of a skill or domain name: case, width and spacing do not matter ("typescript " is "TypeScript"). */
export function normalizeKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

/** The name as shown: the first spelling seen, trimmed and with single spaces. */
export function displayName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ");
}
