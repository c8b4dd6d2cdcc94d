import { apiHandler } from "@/lib/api/api-handler";
import { json } from "@/lib/api/json-response";
import { operations } from "@/lib/api/operations";
import { routeMethods } from "@/lib/api/route-methods";
import { jobOverview } from "@/lib/matching/job-overview";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({
  GET: apiHandler(operations.listJobs, async ({ db, workspaceId }) => json({ data: await jobOverview(db, workspaceId) })),
});
