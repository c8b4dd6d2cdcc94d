import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getRecruiter } from "@/lib/auth/get-recruiter";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in · Talent matching" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const target = safeNextPath(next);
  // A database outage must not hide the form: its action reports the outage when used.
  const recruiter = await getRecruiter(await headers()).catch(() => null);
  if (recruiter) redirect(target);
  return (
    <main id="main" className="mx-auto max-w-sm px-4 py-16">
      <h1 className="text-2xl font-semibold">Sign in</h1>
      <p className="mt-2 text-sm text-slate-700">Recruiter accounts are created by your operator.</p>
      <SignInForm next={target} />
    </main>
  );
}
