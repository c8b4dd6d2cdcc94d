/**
 * The address to link to when a candidate's URL is a web page (http or https), else null: the
 * import stores URLs as written, and a `javascript:` or `data:` one must never become a link.
 */
export function webLink(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
}
