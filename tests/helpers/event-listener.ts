import http from "node:http";
import type { AddressInfo } from "node:net";

export type CapturedEvent = { name: string; data: Record<string, unknown> };

export type CapturedRequest = { path: string; headers: http.IncomingHttpHeaders; body: string };

/**
 * A local stand-in for Inngest's API: records every request sent to it (every event, and a sync's
 * registration) and answers as Inngest does.
 */
export async function startEventListener(): Promise<{
  url: string;
  events: CapturedEvent[];
  paths: string[];
  requests: CapturedRequest[];
  close: () => Promise<void>;
}> {
  const events: CapturedEvent[] = [];
  const paths: string[] = [];
  const requests: CapturedRequest[] = [];
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      paths.push(`${request.method} ${request.url}`);
      requests.push({ path: `${request.method} ${request.url}`, headers: request.headers, body });
      const parsed: unknown = body ? JSON.parse(body) : [];
      const batch = (Array.isArray(parsed) ? parsed : [parsed]) as CapturedEvent[];
      events.push(...batch);
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ ids: batch.map((_, i) => `evt-${events.length - batch.length + i + 1}`), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, events, paths, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
