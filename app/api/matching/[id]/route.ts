import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { operations } from "@/lib/api/operations";
import { routeMethods } from "@/lib/api/route-methods";
import { getMatching } from "@/lib/matching/get-matching";
import { updateMatchingStatus } from "@/lib/matching/update-matching-status";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiHandler(operations.getMatching, async ({ db, workspaceId, params }) => json(await getMatching(db, workspaceId, params.id))),
  PATCH: apiHandler(operations.updateMatchingStatus, async ({ db, workspaceId, params, body }) =>
    json(await updateMatchingStatus(db, workspaceId, params.id, body.status)),
  ),
});
