import { env } from "../env";

// Outside production a fixed secret lets `npm run dev` sign in with no setup; production must
// bring its own (BETTER_AUTH_SECRET), or sign-in stays off while the rest of the app runs.
const DEVELOPMENT_SECRET = "development-only-secret-never-use-in-production-0000";

/** The secret sessions are signed with, or undefined when sign-in is off (production without one). */
export function authSecret(): string | undefined {
  return env.BETTER_AUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : DEVELOPMENT_SECRET);
}

/** Why sign-in is off and what turns it on; the server logs it at start-up, sign-in answers 503 with it. */
export const SIGN_IN_OFF =
  "Sign-in is off: BETTER_AUTH_SECRET is not set (at least 32 characters: openssl rand -base64 32). " +
  "The REST API and Inngest work; the dashboard's sign-in answers 503. Set it, and APP_URL (the app's public origin), to turn sign-in on.";
