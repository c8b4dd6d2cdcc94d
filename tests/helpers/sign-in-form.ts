import { requestFrom } from "./http-from";
import { serverActionIds } from "./isolation-client";

export type FormAnswer = { status: number; text: string; redirect: string | null; cookie: string };

/**
 * The sign-in form's server action over HTTP, as the browser sends it: React's multipart encoding
 * of the form's fields (part 1) and the root referring to them (the previous state, then the
 * form). Sent from `from`, a loopback address, as a client at that address would.
 */
export async function submitSignInForm(
  base: string,
  fields: { email: string; password: string; next?: string },
  options: { headers?: Record<string, string>; from?: string } = {},
): Promise<FormAnswer> {
  const form = new FormData();
  form.set("_1_email", fields.email);
  form.set("_1_password", fields.password);
  form.set("_1_next", fields.next ?? "/");
  form.set("0", JSON.stringify([{ error: null, email: "" }, "$K1"]));
  const answer = await requestFrom(options.from ?? "127.0.0.1", `${base}/sign-in`, {
    method: "POST",
    headers: { Origin: base, "Next-Action": serverActionIds().signIn!, ...options.headers },
    body: form,
  });
  const redirect = answer.headers["x-action-redirect"];
  return {
    status: answer.status,
    text: answer.text,
    redirect: typeof redirect === "string" ? redirect : null,
    cookie: (answer.headers["set-cookie"] ?? []).map((cookie) => cookie.split(";")[0]).join("; "),
  };
}
