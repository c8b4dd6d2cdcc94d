import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { routeMethods } from "@/lib/api/route-methods";
import { listMatchings } from "@/lib/matching/list-matchings";
import { listMatchingsQuery } from "@/lib/matching/matching-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiHandler({ query: listMatchingsQuery }, async ({ db, workspaceId, query }) => json(await listMatchings(db, workspaceId, query))),
});
