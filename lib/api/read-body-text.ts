import { ApiError } from "./api-error";

export const tooLarge = (limit: number) => new ApiError(413, "payload_too_large", `The body must be at most ${limit} bytes`);

/**
 * The request body as UTF-8 text, refused with a 413 as soon as more than `limit` bytes have
 * arrived: a chunked body without Content-Length is cut off while it streams, never read whole.
 */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  if (!request.body) return "";
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
  return new TextDecoder().decode(Buffer.concat(chunks));
}
