/**
 * The better-auth endpoints the app offers over HTTP, with the one method each answers: sign in,
 * sign out, the session and one's own workspaces. The others of better-auth and its organization
 * plugin (other organizations, their members, invitations, updates) are not served: workspaces
 * and memberships are an operator's (`npm run user`), and those endpoints answered another
 * workspace's id differently from one that does not exist.
 */
const PUBLIC = new Map([
  ["/api/auth/sign-in/email", "POST"],
  ["/api/auth/sign-out", "POST"],
  ["/api/auth/get-session", "GET"],
  ["/api/auth/organization/list", "GET"],
]);

/** The method the app serves at `pathname` under /api/auth, or undefined where it serves nothing. */
export function publicAuthMethod(pathname: string): string | undefined {
  return PUBLIC.get(pathname.replace(/\/+$/, ""));
}
