/** A name as shown: the spelling as written, trimmed, with single spaces. */
export function displayName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ");
}
