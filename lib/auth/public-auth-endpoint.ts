/**
 * The better-auth endpoints the app offers over HTTP: sign in, sign out, the session and one's
 * own workspaces. The others of better-auth and its organization plugin (other organizations,
 * their members, invitations, updates) are not served: workspaces and memberships are an
 * operator's (`npm run user`), and those endpoints answered another workspace's id differently
 * from one that does not exist.
 */
const PUBLIC = new Set(["POST /api/auth/sign-in/email", "POST /api/auth/sign-out", "GET /api/auth/get-session", "GET /api/auth/organization/list"]);

export function isPublicAuthEndpoint(method: string, pathname: string): boolean {
  return PUBLIC.has(`${method} ${pathname.replace(/\/+$/, "")}`);
}
