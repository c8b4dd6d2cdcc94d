import { serve } from "inngest/next";
import { functions, inngest } from "@/inngest";
import { env } from "@/lib/env";
import { inngestNotConfigured } from "@/lib/inngest/inngest-not-configured";
import { rejectReplays } from "@/lib/inngest/reject-replays";
import { limitRefusals } from "@/lib/limits/request-limits";

const devServer = Boolean(env.INNGEST_DEV?.enabled);
const handlers = serve({ client: inngest, functions });

// Signatures are checked, and so replays refused, only where Inngest signs: not on the Dev Server.
// Refused requests count against their address, so forged ones cannot cost writes without end.
export const { GET, POST, PUT } =
  devServer || env.INNGEST_SIGNING_KEY
    ? { GET: limitRefusals(handlers.GET), PUT: limitRefusals(handlers.PUT), POST: limitRefusals(rejectReplays(handlers.POST, !devServer)) }
    : inngestNotConfigured;
