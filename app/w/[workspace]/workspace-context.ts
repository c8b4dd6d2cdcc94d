import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { getRecruiter, type Recruiter, type RecruiterWorkspace } from "@/lib/auth/get-recruiter";

/**
 * The signed-in recruiter and the workspace of the URL, once per request. Signed out: to the
 * sign-in form. Not a member: not found, exactly as for a workspace that does not exist.
 */
export const workspaceContext = cache(async (slug: string): Promise<{ recruiter: Recruiter; workspace: RecruiterWorkspace }> => {
  const recruiter = await getRecruiter(await headers());
  if (!recruiter) redirect(`/sign-in?next=${encodeURIComponent(`/w/${slug}`)}`);
  const workspace = recruiter.workspaces.find((candidate) => candidate.slug === slug);
  if (!workspace) notFound();
  return { recruiter, workspace };
});
