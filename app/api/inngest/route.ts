import { serve } from "inngest/next";
import { NextRequest } from "next/server";
import { functions, inngest } from "@/inngest";
import { BODY_LIMITS } from "@/lib/api/body-limits";
import { withBodyLimit } from "@/lib/api/read-body";
import { env } from "@/lib/env";
import { inngestNotConfigured } from "@/lib/inngest/inngest-not-configured";
import { rejectReplays } from "@/lib/inngest/reject-replays";
import { requireSignature } from "@/lib/inngest/require-signature";
import { limitRefusals } from "@/lib/limits/request-limits";

// The URL the app registers is APP_URL's, never one built from the request's Host or
// X-Forwarded-Proto; and a sync (PUT) must be signed, as every other request is (not on the Dev Server).
const sdk = serve({ client: inngest, functions, serveOrigin: env.APP_URL, enableUnauthedSync: false });

// The SDK reads a request's URL, headers and body only; it is handed requests whose body the
// wrappers below have already read within the limit.
const forSdk = (handler: (request: NextRequest, res: unknown) => Promise<Response>) => (request: Request, res: unknown) =>
  handler(new NextRequest(request), res);
const limited = (handler: Parameters<typeof forSdk>[0]) => withBodyLimit(BODY_LIMITS.inngest, forSdk(handler));

// Signatures are checked, and so replays refused, only where Inngest signs: not on the Dev Server.
// Refused requests count against their address, so forged ones cannot cost writes without end.
export const { GET, POST, PUT } = env.INNGEST_DEV?.enabled
  ? { GET: limitRefusals(sdk.GET), POST: limitRefusals(limited(sdk.POST)), PUT: limitRefusals(limited(sdk.PUT)) }
  : env.INNGEST_SIGNING_KEY
    ? {
        GET: limitRefusals(sdk.GET),
        POST: limitRefusals(rejectReplays(forSdk(sdk.POST), BODY_LIMITS.inngest)),
        PUT: limitRefusals(requireSignature(limited(sdk.PUT))),
      }
    : inngestNotConfigured;
