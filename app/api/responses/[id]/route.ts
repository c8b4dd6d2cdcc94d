import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { operations } from "@/lib/api/operations";
import { routeMethods } from "@/lib/api/route-methods";
import { notifyRecalculation } from "@/lib/recalculation/request-recalculation";
import { serializeResponse } from "@/lib/responses/serialize-response";
import { updateResponseScores } from "@/lib/responses/update-response-scores";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  PATCH: apiHandler(operations.updateResponseScores, async ({ db, workspaceId, params, body }) => {
    const { response, changed } = await updateResponseScores(db, workspaceId, params.id, body);
    // One event even when both scores change: the interview is the later, weightier evidence.
    const recalculation =
      changed.length === 0
        ? null
        : await notifyRecalculation(db, {
            gigId: response.jobId,
            workspaceId,
            triggeredBy: changed.includes("interview") ? "interview.updated" : "screening.updated",
          });
    return json({ data: serializeResponse(response), recalculation });
  }),
});
