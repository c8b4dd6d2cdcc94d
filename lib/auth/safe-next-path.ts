// A path of this site only: "//host" and "/\host" are read by browsers as another host, and only
// printable ASCII may go into the Location header it ends up in (a control character there made
// Node refuse the header, after sign-in had already set the session cookie).
const SAFE_PATH = /^\/(?![/\\])[\x21-\x5b\x5d-\x7e]*$/;

/** Where to send a recruiter after signing in: the given path when it stays on this site, else "/". */
export function safeNextPath(value: unknown): string {
  return typeof value === "string" && SAFE_PATH.test(value) ? value : "/";
}
