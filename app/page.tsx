import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getRecruiter } from "@/lib/auth/get-recruiter";
import { signOut } from "./sign-in/actions";

export const dynamic = "force-dynamic";

// The dashboard starts in the recruiter's first workspace; signed out, at the sign-in form.
export default async function Home() {
  const recruiter = await getRecruiter(await headers());
  if (!recruiter) redirect("/sign-in");
  const first = recruiter.workspaces[0];
  if (!first) {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-16">
        <h1 className="text-2xl font-semibold">No workspace yet</h1>
        <p className="mt-2 text-slate-700">
          Your account ({recruiter.email}) does not belong to any workspace. Ask your operator to add you:
          <code className="ml-1 rounded bg-slate-100 px-1">npm run user -- create --email {recruiter.email} --workspace &lt;slug&gt;</code>.
        </p>
        <form action={signOut} className="mt-4">
          <button type="submit" className="button">
            Sign out
          </button>
        </form>
      </main>
    );
  }
  redirect(`/w/${first.slug}`);
}
