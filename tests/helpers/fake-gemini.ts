import http from "node:http";
import type { AddressInfo } from "node:net";

/** A request as the fake Gemini endpoint received it, with the prompt's JSON decoded. */
export type FakeRequest = {
  at: number;
  model: string;
  apiKey: string | undefined;
  body: {
    contents: { parts: { text: string }[] }[];
    systemInstruction?: { parts: { text: string }[] };
    generationConfig?: { temperature?: number; responseMimeType?: string; responseJsonSchema?: unknown; thinkingConfig?: unknown };
  };
  job: Record<string, unknown>;
  candidates: (Record<string, unknown> & { id: string })[];
};

export type Reply = { status?: number; headers?: Record<string, string>; json?: unknown; raw?: string; delayMs?: number; hang?: boolean };
export type Handler = (request: FakeRequest, index: number) => Reply | Promise<Reply>;

/** A generateContent answer whose text is `text` (what the model wrote). */
export const modelText = (text: string, finishReason = "STOP"): Reply => ({
  json: { candidates: [{ content: { role: "model", parts: [{ text }] }, finishReason, index: 0 }], modelVersion: "fake" },
});

export const reasonsReply = (reasons: { candidateId: string; reason: string }[]) => modelText(JSON.stringify({ reasons }));

/** The fake model's reason for a candidate: built from the evidence it was sent, so tests can tell who it was for. */
export const fakeReason = (candidate: Record<string, unknown>) =>
  `Gemini: has ${(candidate.matchedRequiredSkills as string[]).join(", ") || "none"} of the required skills, ` +
  `missing ${(candidate.missingRequiredSkills as string[]).join(", ") || "none"}; tests ${JSON.stringify(candidate.technicalTests)}.`;

export const answerAll: Handler = (request) =>
  reasonsReply(request.candidates.map((candidate) => ({ candidateId: candidate.id, reason: fakeReason(candidate) })));

/**
 * A local HTTP server imitating Gemini's `POST /v1beta/models/{model}:generateContent`: it
 * records every request and the most requests it had in flight at once, and answers with the
 * handler of the moment (by default a reason for every candidate it was sent).
 */
export async function startFakeGemini() {
  const requests: FakeRequest[] = [];
  let handler: Handler = answerAll;
  let inFlight = 0;
  let maxInFlight = 0;
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer(async (req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on("close", () => (inFlight -= 1));
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/v1beta\/models\/([^/:]+):generateContent$/.exec(req.url ?? "");
    if (req.method !== "POST" || !match) return void res.writeHead(404).end();
    const body = JSON.parse(Buffer.concat(chunks).toString()) as FakeRequest["body"];
    const prompt = JSON.parse(body.contents[0]?.parts[0]?.text ?? "{}") as Pick<FakeRequest, "job" | "candidates">;
    const request: FakeRequest = {
      at: Date.now(),
      model: match[1]!,
      apiKey: req.headers["x-goog-api-key"] as string | undefined,
      body,
      ...prompt,
    };
    requests.push(request);
    const reply = await handler(request, requests.length - 1);
    if (reply.hang) return void hanging.add(res);
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs));
    const text = reply.raw ?? JSON.stringify(reply.json ?? {});
    res.writeHead(reply.status ?? 200, { "content-type": "application/json", ...reply.headers }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    /** Answers with `next` from now on, and forgets what was recorded. */
    reset(next: Handler = answerAll) {
      handler = next;
      requests.length = 0;
      maxInFlight = 0;
      // Only the connections left hanging: closing idle keep-alive ones would fail the client's next request.
      for (const res of hanging) res.destroy();
      hanging.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeGemini = Awaited<ReturnType<typeof startFakeGemini>>;
