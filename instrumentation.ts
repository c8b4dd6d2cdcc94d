// Runs once when the server starts (Next.js's instrumentation hook), before it serves requests.
export async function register() {
  // Next.js builds this file for the edge runtime too, where there is no HTTP server to stamp;
  // it substitutes NEXT_RUNTIME at build time, which is why it is read here and not in lib/env.ts.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { stampClientAddresses } = await import("./lib/http/client-address");
    stampClientAddresses();
  }
}
