// Runs once as the server starts: the environment is validated then, so a missing or malformed
// variable (APP_URL in production with Inngest, say) stops `next start` with lib/env.ts's message
// naming it. Next.js would only log the failure and serve a 500 to every request.
export async function register() {
  try {
    await import("./lib/env");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
