import { ApiError } from "../api/api-error";
import { errorResponse } from "../api/json-response";
import { env } from "../env";
import { clientAddress } from "../http/client-address";
import { createLimit } from "./limit";

/** Requests a minute for each API key (API_RATE_LIMIT_PER_MINUTE). */
export const apiKeyLimit = createLimit("api-key", { points: env.API_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 });

/**
 * Requests a minute for each client address among those that carry no valid credential
 * (ADDRESS_RATE_LIMIT_PER_MINUTE): /api/health, an unknown or revoked API key, a refused request
 * to /api/inngest. Each costs the server work (a key lookup, a write to the signature ledger)
 * before it can be told apart from a real one.
 */
export const addressLimit = createLimit("address", { points: env.ADDRESS_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 });

export const tooManyFromAddress = (seconds: number) =>
  new ApiError(429, "rate_limited", `Too many requests from this address; retry in ${seconds} s`, undefined, {
    "Retry-After": String(seconds),
  });

type Handler<R extends Request, A extends unknown[]> = (request: R, ...rest: A) => Promise<Response>;

/**
 * For endpoints whose caller proves nothing before work is done: an address over its budget is
 * answered 429 before the handler runs, and each refusal (400, 401, 403) the handler gives
 * counts against the address. Accepted requests cost it nothing.
 */
export function limitRefusals<R extends Request, A extends unknown[]>(handler: Handler<R, A>): Handler<R, A> {
  return async (request, ...rest) => {
    const address = clientAddress(request.headers);
    const wait = await addressLimit.wait(address);
    if (wait > 0) return errorResponse(tooManyFromAddress(wait), crypto.randomUUID());
    const response = await handler(request, ...rest);
    if (![400, 401, 403].includes(response.status)) return response;
    const over = await addressLimit.take(address);
    return over > 0 ? errorResponse(tooManyFromAddress(over), crypto.randomUUID()) : response;
  };
}
