import { ApiError } from "./api-error";
import { errorResponse } from "./json-response";

export const tooLarge = (limit: number) => new ApiError(413, "payload_too_large", `The body must be at most ${limit} bytes`);

/**
 * The request body's bytes, refused with a 413 up front when Content-Length says more than
 * `limit`, or as soon as more than `limit` bytes have arrived: a chunked body without
 * Content-Length is cut off while it streams, never read whole.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(part.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The request body as UTF-8 text, within `limit` bytes (see readBodyBytes). */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  return new TextDecoder().decode(await readBodyBytes(request, limit));
}

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>;

/**
 * Wraps a handler that reads the body itself (the Inngest SDK, better-auth): it gets the request
 * with its body already read within `limit` bytes, and an oversized one is answered 413 in the
 * API's error shape before the handler does any work.
 */
export function withBodyLimit<A extends unknown[]>(limit: number, handler: Handler<A>): Handler<A> {
  return async (request, ...rest) => {
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readBodyBytes(request, limit);
    } catch (error) {
      if (error instanceof ApiError) return errorResponse(error, crypto.randomUUID());
      throw error;
    }
    return handler(withBody(request, body), ...rest);
  };
}

/** The same request carrying `body`, already read. */
export function withBody(request: Request, body: Uint8Array<ArrayBuffer> | string): Request {
  const bodyless = request.method === "GET" || request.method === "HEAD";
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(bodyless ? {} : { body }),
  });
}
