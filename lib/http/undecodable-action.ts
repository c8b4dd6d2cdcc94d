import { ApiError } from "../api/api-error";
import { BODY_LIMITS } from "../api/body-limits";
import { readBodyBytes } from "../api/read-body";
import { findUnstorableText, MAX_JSON_DEPTH } from "../validation/find-unstorable-text";
import { nestsDeeperThan } from "../validation/json-nesting";

// The app's actions take a few short strings or a sign-in form: far below this. Decoding costs
// grow with the body (330,000 empty arrays held the process for over a second at 1 MB).
const MAX_ACTION_BYTES = BODY_LIMITS.serverAction;

const refuse = (status: 400 | 413, reason: string) =>
  new Response(`${status === 413 ? "Payload Too Large" : "Bad Request"}: ${reason}`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });

/** A JSON row of React's reply encoding that parses (the root: to an array of arguments) and nests no deeper than the app's limit. */
function acceptableRow(text: string, root: boolean): boolean {
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return (!root || Array.isArray(value)) && findUnstorableText(value).every((issue) => issue.code !== "too_deep");
  } catch {
    return false;
  }
}

/**
 * The 4xx for a server action call whose arguments React cannot decode or should not have to
 * (not JSON, not a list of arguments, nesting deep enough to overflow the decoder's stack, more
 * than 64 KB), or null for any other request. Next.js answers every decoding failure with a bare
 * 500 before any action runs (its action handler maps them all to 500), so this is checked in
 * proxy.ts, which reads a copy of the body. Multipart calls (a form) are checked part by part:
 * numbered parts are JSON rows, part 0 the arguments; `_…` parts are form fields.
 */
export async function undecodableActionResponse(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const bytes = await readBodyBytes(request, MAX_ACTION_BYTES).catch((error: unknown) => {
    if (error instanceof ApiError && error.status === 413) return null;
    throw error;
  });
  if (!bytes) return refuse(413, `a server action's arguments must be at most ${MAX_ACTION_BYTES} bytes`);
  const undecodable = refuse(400, "the action's arguments do not decode");
  if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? ""))
    return acceptableRow(new TextDecoder().decode(bytes), true) ? null : undecodable;
  const form = await new Response(bytes, { headers: { "Content-Type": request.headers.get("content-type")! } })
    .formData()
    .catch(() => null);
  if (!form || typeof form.get("0") !== "string") return undecodable;
  for (const [name, value] of form)
    if (/^\d+$/.test(name) && (typeof value !== "string" || !acceptableRow(value, name === "0"))) return undecodable;
  return null;
}
