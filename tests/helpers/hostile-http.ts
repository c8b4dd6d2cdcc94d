import http from "node:http";
import { expect } from "vitest";
import { errorBody } from "../../lib/api/api-schemas";

export type Answer = { status: number; contentType: string; text: string };

// What must never reach a client: stack frames, file paths, database and ORM error text, error class names.
const INTERNALS = [
  /\n\s+at /,
  /\/(work|home|tmp|usr|app)\/\S+\.(ts|js|mjs)\b/,
  /node_modules/,
  /\.(ts|js|mjs):\d+/,
  /prisma|invalid input syntax|violates .* constraint|out of range for type|SQLSTATE|syntax error at or near|relation "|pglite/i,
  /\b(Type|Range|Syntax|Reference|URI|Internal|Prisma\w*|Driver\w*|Database)Error\b/,
];

/** The internals found in a response body, if any. */
export function leakedInternals(text: string): RegExp[] {
  return INTERNALS.filter((pattern) => pattern.test(text));
}

/**
 * The properties every answer to hostile input has: no 5xx, nothing internal, and a refusal in
 * the one error shape. `refused` says the request can only be refused (it changes data if accepted).
 */
export function expectSafeAnswer(answer: Answer, request: string, options: { refused: boolean; errorShape?: "api" | "better-auth" }) {
  const where = `${request} -> ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, where).toBeLessThan(500);
  expect(leakedInternals(answer.text), where).toEqual([]);
  if (options.refused) expect(answer.status, where).toBeGreaterThanOrEqual(400);
  if (answer.status < 400 || answer.text === "") return;
  expect(answer.contentType, where).toMatch(/^application\/json/);
  const body: unknown = JSON.parse(answer.text);
  const apiShape = errorBody.strict().safeParse(body).success;
  // better-auth answers its own { code?, message }; a path refused before it (proxy.ts) is in the API's shape.
  if (options.errorShape === "better-auth" && !apiShape) expect(body, where).toMatchObject({ message: expect.any(String) });
  else expect(apiShape, where).toBe(true);
}

/**
 * Streams a body with chunked transfer encoding (no Content-Length) until the server answers,
 * up to `maxBytes`: says how many bytes were sent before the answer came.
 */
export function sendChunked(
  url: string,
  headers: Record<string, string>,
  maxBytes: number,
  method = "PATCH",
): Promise<Answer & { bytesSent: number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers });
    const chunk = Buffer.alloc(64 * 1024, "[");
    let bytesSent = 0;
    let answered = false;
    request.on("response", (response) => {
      answered = true;
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (part: string) => (text += part));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, contentType: String(response.headers["content-type"] ?? ""), text, bytesSent });
        request.destroy();
      });
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && bytesSent < maxBytes) {
        bytesSent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!answered) request.end();
    };
    request.write("[");
    pump();
  });
}
