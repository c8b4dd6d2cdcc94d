import { serve } from "inngest/next";
import { functions, inngest } from "@/inngest";
import { env } from "@/lib/env";
import { inngestNotConfigured } from "@/lib/inngest/inngest-not-configured";
import { rejectReplays } from "@/lib/inngest/reject-replays";

const devServer = Boolean(env.INNGEST_DEV?.enabled);
const handlers = serve({ client: inngest, functions });

// Signatures are checked, and so replays refused, only where Inngest signs: not on the Dev Server.
export const { GET, POST, PUT } =
  devServer || env.INNGEST_SIGNING_KEY
    ? { GET: handlers.GET, PUT: handlers.PUT, POST: rejectReplays(handlers.POST, !devServer) }
    : inngestNotConfigured;
