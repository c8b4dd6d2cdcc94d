import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import type { Auth } from "./auth";
import { UnknownWorkspaceError } from "./api-keys";

export type NewRecruiter = { email: string; name: string; password: string; workspaces: string[] };

/**
 * Creates a recruiter account with an email and password, member of the given workspaces.
 * Idempotent: for an existing email it adds the missing memberships and sets the password.
 */
export async function createRecruiter(db: Db, auth: Auth, input: NewRecruiter): Promise<{ userId: string; created: boolean }> {
  const workspaces = await db.workspace.findMany({ where: { slug: { in: input.workspaces } }, select: { id: true, slug: true } });
  const missing = input.workspaces.filter((slug) => !workspaces.some((w) => w.slug === slug));
  if (missing.length > 0) throw new UnknownWorkspaceError(`No workspace has the slug ${missing.map((s) => `"${s}"`).join(", ")}`);

  const context = await auth.$context;
  const hash = await context.password.hash(input.password);
  const email = input.email.trim().toLowerCase();
  const existing = await context.internalAdapter.findUserByEmail(email);
  let userId: string;
  if (existing) {
    userId = existing.user.id;
    await context.internalAdapter.updatePassword(userId, hash);
  } else {
    const user = await context.internalAdapter.createUser({ email, name: input.name, emailVerified: true }, { method: "admin" });
    userId = user.id;
    await context.internalAdapter.linkAccount({ userId, providerId: "credential", accountId: userId, password: hash });
  }
  for (const workspace of workspaces) {
    await db.member.upsert({
      where: { organizationId_userId: { organizationId: workspace.id, userId } },
      create: { id: randomUUID(), organizationId: workspace.id, userId, role: "member" },
      update: {},
    });
  }
  return { userId, created: !existing };
}
