import { notFound } from "@/lib/api/api-error";
import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { routeMethods } from "@/lib/api/route-methods";
import { matchingParams, updateStatusBody } from "@/lib/matching/matching-schemas";
import { matchingInclude, serializeMatching } from "@/lib/matching/serialize-matching";
import { updateMatchingStatus } from "@/lib/matching/update-matching-status";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiHandler({ params: matchingParams }, async ({ db, workspaceId, params }) => {
    const row = await db.candidateMatching.findFirst({ where: { id: params.id, job: { workspaceId } }, include: matchingInclude });
    if (!row) throw notFound("Matching");
    return json(serializeMatching(row));
  }),
  PATCH: apiHandler({ params: matchingParams, body: updateStatusBody }, async ({ db, workspaceId, params, body }) =>
    json(await updateMatchingStatus(db, workspaceId, params.id, body.status)),
  ),
});
