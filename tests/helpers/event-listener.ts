import http from "node:http";
import type { AddressInfo } from "node:net";

export type CapturedEvent = { name: string; data: Record<string, unknown>; id?: string };

export type CapturedRequest = { path: string; headers: http.IncomingHttpHeaders; body: string };

export type EventListenerOptions = {
  /**
   * Called with each request's events and its body's length in bytes. A listener given it keeps
   * nothing itself, so it can take millions of events.
   */
  onBatch?: (events: CapturedEvent[], bodyBytes: number) => void;
};

/**
 * A local stand-in for Inngest's API: records every request sent to it (every event, and a sync's
 * registration) and answers as Inngest does.
 */
export async function startEventListener(options: EventListenerOptions = {}): Promise<{
  url: string;
  events: CapturedEvent[];
  paths: string[];
  requests: CapturedRequest[];
  close: () => Promise<void>;
}> {
  const events: CapturedEvent[] = [];
  const paths: string[] = [];
  const requests: CapturedRequest[] = [];
  let received = 0;
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString();
      const parsed: unknown = body ? JSON.parse(body) : [];
      const batch = (Array.isArray(parsed) ? parsed : [parsed]) as CapturedEvent[];
      if (options.onBatch) options.onBatch(batch, raw.byteLength);
      else {
        paths.push(`${request.method} ${request.url}`);
        requests.push({ path: `${request.method} ${request.url}`, headers: request.headers, body });
        events.push(...batch);
      }
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(JSON.stringify({ ids: batch.map(() => `evt-${++received}`), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, events, paths, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
