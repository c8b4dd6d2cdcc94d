"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/auth";
import { authFailure, isAuthNotConfigured } from "@/lib/auth/auth-error";
import { safeNextPath } from "@/lib/auth/safe-next-path";

export type SignInState = { error: string | null; email: string };

const credentials = z.object({
  email: z.email("Enter the email address of your account"),
  password: z.string().min(1, "Enter your password"),
});

export async function signIn(_previous: SignInState, form: FormData): Promise<SignInState> {
  const parsed = credentials.safeParse({ email: form.get("email"), password: form.get("password") });
  // Echoed back into the form: never more than an address can be.
  const email = String(form.get("email") ?? "").slice(0, 320);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form", email };
  try {
    const auth = await getAuth();
    await auth.api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    const failure = authFailure(error);
    // Throttled (lib/auth/sign-in-throttle.ts): its message says how long to wait.
    if (failure?.status === 429) return { error: failure.message, email };
    if (failure && failure.status < 500) return { error: "Wrong email or password.", email };
    if (isAuthNotConfigured(error)) return { error: "Sign-in is not configured on this server (BETTER_AUTH_SECRET is missing).", email };
    console.error("[sign-in] failed", error);
    return { error: "Signing in is unavailable right now (the service could not reach its database). Try again in a minute.", email };
  }
  redirect(safeNextPath(form.get("next")));
}

export async function signOut(): Promise<void> {
  const auth = await getAuth();
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
