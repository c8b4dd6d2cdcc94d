import { getDb } from "../db";
import { getAuth } from "./auth";
import { isAuthNotConfigured } from "./auth-error";

export type RecruiterWorkspace = { id: string; slug: string; name: string };
export type Recruiter = { userId: string; name: string; email: string; workspaces: RecruiterWorkspace[] };

/** The signed-in recruiter of a request and the workspaces they belong to, or null. */
export async function getRecruiter(requestHeaders: Headers): Promise<Recruiter | null> {
  let auth: Awaited<ReturnType<typeof getAuth>>;
  try {
    auth = await getAuth();
  } catch (error) {
    // Sign-in switched off (production without BETTER_AUTH_SECRET): nobody is signed in.
    if (isAuthNotConfigured(error)) return null;
    throw error;
  }
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const db = await getDb();
  const members = await db.member.findMany({
    where: { userId: session.user.id },
    select: { workspace: { select: { id: true, slug: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return {
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    workspaces: members.map((member) => member.workspace),
  };
}
