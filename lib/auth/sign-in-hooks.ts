import { APIError, createAuthMiddleware } from "better-auth/api";
import { clientAddress } from "../http/client-address";
import { authFailure } from "./auth-error";
import { admitSignIn, settleSignIn } from "./sign-in-throttle";

const SIGN_IN = "/sign-in/email";

/** The refusal of a throttled sign-in: 429, `Retry-After`, the wait in the message too (the form shows it). */
const tooManyAttempts = (seconds: number) =>
  new APIError(
    "TOO_MANY_REQUESTS",
    { code: "TOO_MANY_ATTEMPTS", message: `Too many sign-in attempts. Try again in ${seconds} s.` },
    { "Retry-After": String(seconds) },
  );

/**
 * better-auth's hooks run for its HTTP routes and for `auth.api.*` calls from the server alike,
 * unlike its own rate limiter (routes only, keyed on a client-sent X-Forwarded-For, switched off
 * in createAuth): here the sign-in throttle applies to the form's server action as to the API.
 */
export const signInHooks = {
  before: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN) return;
    const wait = await admitSignIn((ctx.body as { email?: unknown } | undefined)?.email, clientAddress(ctx.headers));
    if (wait > 0) throw tooManyAttempts(wait);
  }),
  after: createAuthMiddleware(async (ctx) => {
    if (ctx.path !== SIGN_IN) return;
    const failure = authFailure(ctx.context.returned);
    const outcome = failure === null ? "signed-in" : failure.status === 401 ? "wrong-password" : "refused";
    await settleSignIn((ctx.body as { email?: unknown } | undefined)?.email, clientAddress(ctx.headers), outcome);
  }),
};
