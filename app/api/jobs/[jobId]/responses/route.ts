import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { operations } from "@/lib/api/operations";
import { routeMethods } from "@/lib/api/route-methods";
import { notifyRecalculation } from "@/lib/recalculation/request-recalculation";
import { createResponse } from "@/lib/responses/create-response";
import { serializeResponse } from "@/lib/responses/serialize-response";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  POST: apiHandler(operations.createResponse, async ({ db, workspaceId, params, body }) => {
    const response = await createResponse(db, workspaceId, params.jobId, body);
    const recalculation = await notifyRecalculation(db, { gigId: params.jobId, workspaceId, triggeredBy: "response.created" });
    return json({ data: serializeResponse(response), recalculation }, 201);
  }),
});
