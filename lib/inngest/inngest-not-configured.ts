import { randomUUID } from "node:crypto";
import { ApiError } from "../api/api-error";
import { errorResponse } from "../api/json-response";

const MESSAGE =
  "Inngest is not configured on this server: set INNGEST_SIGNING_KEY (from the Inngest dashboard), " +
  "or INNGEST_DEV=1 to use the Inngest Dev Server";

const answer = async () => errorResponse(new ApiError(503, "inngest_not_configured", MESSAGE), randomUUID());

/**
 * /api/inngest where the SDK would run in cloud mode without a signing key: it can verify no
 * request, so it answers each with a bare 500 and logs why. An operator syncing the app from the
 * Inngest dashboard is told instead what to set; nothing is run either way.
 */
export const inngestNotConfigured = { GET: answer, POST: answer, PUT: answer };
