import { errorResponse, json } from "@/lib/api/json-response";
import { routeMethods } from "@/lib/api/route-methods";
import { checkHealth } from "@/lib/api/check-health";
import { clientAddress } from "@/lib/http/client-address";
import { addressLimit, tooManyFromAddress } from "@/lib/limits/request-limits";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: async (request: Request) => {
    // Anyone may ask, so each address has a budget (a probe every few seconds is far below it).
    const wait = await addressLimit.take(clientAddress(request.headers));
    if (wait > 0) return errorResponse(tooManyFromAddress(wait), crypto.randomUUID());
    const health = await checkHealth();
    return json(health, health.status === "ok" ? 200 : 503);
  },
});
