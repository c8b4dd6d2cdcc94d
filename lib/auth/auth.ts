import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { organization } from "better-auth/plugins";
import { randomUUID } from "node:crypto";
import { getDb, type Db } from "../db";
import { env } from "../env";
import { authSecret } from "./auth-secret";
import { clientAddressHeader } from "../http/client-address";
import { MIN_PASSWORD_LENGTH } from "./recruiter-credentials";
import { signInHooks } from "./sign-in-hooks";

export class AuthNotConfiguredError extends Error {
  override name = "AuthNotConfiguredError";
}

export function createAuth(db: Db) {
  const secret = authSecret();
  if (!secret) throw new AuthNotConfiguredError("Sign-in is not configured: set BETTER_AUTH_SECRET (at least 32 characters)");
  return betterAuth({
    secret,
    baseURL: env.APP_URL,
    database: prismaAdapter(db, { provider: "postgresql" }),
    // Accounts are created by an operator (`npm run user -- create`), not by signing up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
    // Sign-in is throttled by its hooks (lib/auth/sign-in-throttle.ts) on every way in; better-auth's
    // limiter would only see its HTTP routes, keyed on an address the client chooses.
    hooks: signInHooks,
    rateLimit: { enabled: false },
    advanced: {
      database: { generateId: () => randomUUID() },
      // Sessions record the client's address as the server resolved it (TRUSTED_PROXIES).
      ipAddress: { ipAddressHeaders: [clientAddressHeader() ?? "x-forwarded-for"] },
    },
    plugins: [
      // Workspaces are better-auth's organizations; only operators create them.
      organization({ allowUserToCreateOrganization: false, schema: { organization: { modelName: "workspace" } } }),
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const cache = globalThis as unknown as { __auth?: Promise<Auth> };

/** The process's better-auth instance, on the process's database. */
export function getAuth(): Promise<Auth> {
  cache.__auth ??= getDb().then(createAuth);
  cache.__auth.catch(() => delete cache.__auth);
  return cache.__auth;
}
