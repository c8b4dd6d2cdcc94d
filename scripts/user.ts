import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { createRecruiter } from "../lib/auth/create-recruiter";
import { MIN_PASSWORD_LENGTH } from "../lib/auth/recruiter-credentials";
import { helpRequested, runCli } from "../lib/cli/run-cli";
import { getDb } from "../lib/db";

const USAGE =
  "Usage: npm run user -- create --email <email> --workspace <slug> [--workspace <slug>…] " +
  `[--name <name>] [--password <password>] [--json]
  Creates a recruiter account (or adds memberships to an existing one and sets its password).
  The password needs at least ${MIN_PASSWORD_LENGTH} characters; without --password one is generated
  and printed once.`;

await runCli(async () => {
  if (helpRequested(USAGE)) return;
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      workspace: { type: "string", multiple: true },
      name: { type: "string" },
      password: { type: "string" },
      json: { type: "boolean" },
    },
  });
  if (positionals[0] !== "create" || !values.email || !values.workspace?.length) throw new Error(USAGE);
  const password = values.password ?? randomBytes(12).toString("base64url");
  const db = await getDb();
  const result = await createRecruiter(db, {
    email: values.email,
    name: values.name ?? values.email.split("@")[0]!,
    password,
    workspaces: values.workspace,
  });
  const shownPassword = values.password ? undefined : password;
  if (values.json)
    return void process.stdout.write(`${JSON.stringify({ ...result, ...(shownPassword ? { password: shownPassword } : {}) })}\n`);
  process.stdout.write(
    `${result.created ? "Created" : "Updated"} ${values.email}, member of ${values.workspace.join(", ")}.` +
      (shownPassword ? `\nPassword (shown only now): ${shownPassword}\n` : "\n"),
  );
});
