import fs from "node:fs";
import path from "node:path";

/** What a request answered, with what was sent, so a leak check can ignore what the caller knew. */
export type Answer = { status: number; headers: Record<string, string>; body: string; sent: string };

export async function answer(response: Response, sent: string): Promise<Answer> {
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text(), sent };
}

/**
 * An HTTP client of the app as one tenant: an API key, a session cookie, or both. Server actions
 * are called as the browser calls them: POST to a page that uses them, `Next-Action: <id>`, the
 * arguments as a JSON array. Given several base URLs (app processes on one database), each
 * request goes to the next of them in turn, as a round-robin load balancer sends it.
 */
export function tenantClient(bases: string | readonly string[], credentials: { key?: string; cookie?: string }) {
  const all = [bases].flat();
  let sent = 0;
  const nextBase = () => all[sent++ % all.length]!;
  const headers = (base: string, extra: Record<string, string> = {}) => ({
    Origin: base,
    ...(credentials.key ? { Authorization: `Bearer ${credentials.key}` } : {}),
    ...(credentials.cookie ? { Cookie: credentials.cookie } : {}),
    ...extra,
  });
  const send = async (method: string, route: string, body?: unknown) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const base = nextBase();
    const response = await fetch(`${base}${route}`, {
      method,
      redirect: "manual",
      headers: headers(base, text === undefined ? {} : { "Content-Type": "application/json" }),
      body: text,
    });
    return answer(response, `${method} ${route} ${text ?? ""}`);
  };
  return {
    get: (route: string) => send("GET", route),
    send,
    async action(page: string, actionId: string, args: unknown[]): Promise<Answer & { result: unknown }> {
      const text = JSON.stringify(args);
      const base = nextBase();
      const response = await fetch(`${base}${page}`, {
        method: "POST",
        redirect: "manual",
        headers: headers(base, { "Next-Action": actionId, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" }),
        body: text,
      });
      const result = await answer(response, `POST ${page} ${text}`);
      return { ...result, result: actionResult(result.body) };
    },
    /**
     * A form's server action (useActionState: the previous state, then the form) as the browser
     * sends it: React's multipart encoding, the fields as part 1 and the root referring to it.
     */
    async formAction(page: string, actionId: string, fields: Record<string, string | string[]>): Promise<Answer & { result: unknown }> {
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) form.append(`_1_${name}`, item);
      form.set("0", JSON.stringify([null, "$K1"]));
      const base = nextBase();
      const response = await fetch(`${base}${page}`, {
        method: "POST",
        redirect: "manual",
        headers: headers(base, { "Next-Action": actionId, Accept: "text/x-component" }),
        body: form,
      });
      const result = await answer(response, `POST ${page} ${JSON.stringify(fields)}`);
      return { ...result, result: actionResult(result.body) };
    },
  };
}

export type TenantClient = ReturnType<typeof tenantClient>;

/** The value a server action returned, read from the RSC stream (the row holding `{"ok":…}`). */
function actionResult(body: string): unknown {
  for (const line of body.split("\n")) {
    const match = /^[0-9a-f]+:(\{"ok":.*\})$/.exec(line);
    if (match?.[1]) return JSON.parse(match[1]) as unknown;
  }
  return undefined;
}

/** The session cookie better-auth sets on a signed-in email and password. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

/** Server action ids by exported name, from the production build. */
export function serverActionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; filename: string }>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

/** Every file of `dir` (recursively) whose name is `name`, as a path relative to the project. */
export function filesNamed(dir: string, name: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === name)
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .sort();
}

/** The exported functions of every "use server" module under `dir`, as `file#name`. */
export function serverActions(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join("/"))
    .filter((file) => /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8")))
    .flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/export async function (\w+)/g)].map((match) => `${file}#${match[1]}`))
    .sort();
}
