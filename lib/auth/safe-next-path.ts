// A path of this site only: "//host" and "/\host" are read by browsers as another host.
const SAFE_PATH = /^\/(?![/\\])[^\s\\]*$/;

/** Where to send a recruiter after signing in: the given path when it stays on this site, else "/". */
export function safeNextPath(value: unknown): string {
  return typeof value === "string" && SAFE_PATH.test(value) ? value : "/";
}
