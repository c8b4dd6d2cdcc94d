// Runs once when the server starts (Next.js's instrumentation hook), before it serves requests.
export async function register() {
  // Next.js builds this file for the edge runtime too, where there is no HTTP server to stamp and
  // no process to stop; it substitutes NEXT_RUNTIME at build time, which is why it is read here
  // and not in lib/env.ts.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The environment is validated first, so a missing or malformed variable (APP_URL in production
  // with Inngest, say) stops `next start` with lib/env.ts's message naming it: Next.js would only
  // log the failure and serve a 500 to every request.
  try {
    await import("./lib/env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { stampClientAddresses } = await import("./lib/http/client-address");
  stampClientAddresses();
  const { authSecret, SIGN_IN_OFF } = await import("./lib/auth/auth-secret");
  if (!authSecret()) console.warn(SIGN_IN_OFF);
}
