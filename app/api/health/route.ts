import { json } from "@/lib/api/json-response";
import { routeMethods } from "@/lib/api/route-methods";
import { checkHealth } from "@/lib/api/check-health";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: async () => {
    const health = await checkHealth();
    return json(health, health.status === "ok" ? 200 : 503);
  },
});
