import { randomUUID } from "node:crypto";
import type { Db } from "../db";
import { isUniqueViolation } from "../db/is-unique-violation";
import { hashPassword } from "better-auth/crypto";
import { UnknownWorkspaceError } from "./api-keys";
import { checkRecruiterCredentials } from "./recruiter-credentials";

export type NewRecruiter = { email: string; name: string; password: string; workspaces: string[] };

/**
 * Creates a recruiter account with an email and password, member of the given workspaces.
 * Idempotent, also when run several times at once: for an existing email it adds the missing
 * memberships and sets the password. A new account's user and password are written together, so
 * a concurrent run finds either no account or a complete one; one that loses the race to create
 * it updates the winner's instead. Refuses an email that is not one and a short password.
 */
export async function createRecruiter(db: Db, input: NewRecruiter): Promise<{ userId: string; created: boolean }> {
  checkRecruiterCredentials(input);
  const workspaces = await db.workspace.findMany({ where: { slug: { in: input.workspaces } }, select: { id: true, slug: true } });
  const missing = input.workspaces.filter((slug) => !workspaces.some((w) => w.slug === slug));
  if (missing.length > 0) throw new UnknownWorkspaceError(`No workspace has the slug ${missing.map((s) => `"${s}"`).join(", ")}`);

  // better-auth's own hash, the one its sign-in verifies (lib/auth/auth.ts sets no other); taken
  // directly, so an operator's command needs no auth instance, its base URL or its secret.
  const hash = await hashPassword(input.password);
  const email = input.email.trim().toLowerCase();
  const account = (await createAccount(db, email, input.name, hash)) ?? (await setPassword(db, email, hash));
  // One statement per membership that skips an existing one, so concurrent runs never collide.
  await db.member.createMany({
    data: workspaces.map((workspace) => ({ id: randomUUID(), organizationId: workspace.id, userId: account.userId, role: "member" })),
    skipDuplicates: true,
  });
  return account;
}

/** A new user with its password, in one transaction; null when the email is taken (meanwhile, maybe). */
async function createAccount(db: Db, email: string, name: string, hash: string) {
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return null;
  const userId = randomUUID();
  try {
    await db.$transaction([
      db.user.create({ data: { id: userId, email, name, emailVerified: true } }),
      db.account.create({ data: { id: randomUUID(), userId, providerId: "credential", accountId: userId, password: hash } }),
    ]);
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
  return { userId, created: true };
}

async function setPassword(db: Db, email: string, hash: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  await db.account.updateMany({ where: { userId: user.id, providerId: "credential" }, data: { password: hash } });
  return { userId: user.id, created: false };
}
