import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { operations } from "@/lib/api/operations";
import { routeMethods } from "@/lib/api/route-methods";
import { listMatchings } from "@/lib/matching/list-matchings";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiHandler(operations.listMatchings, async ({ db, workspaceId, query }) => json(await listMatchings(db, workspaceId, query))),
});
