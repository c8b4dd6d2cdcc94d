import { parseArgs } from "node:util";
import { createApiKey, listApiKeys, revokeApiKey } from "../lib/auth/api-keys";
import { formatTable } from "../lib/cli/format-table";
import { helpRequested, runCli } from "../lib/cli/run-cli";
import { getDb } from "../lib/db";

const USAGE = `Usage:
  npm run apikey -- create --workspace <slug> [--name <label>] [--json]   prints the key once
  npm run apikey -- list [--workspace <slug>] [--json]
  npm run apikey -- revoke <id>
  A key sees exactly one workspace; list says when each was last used, to the minute.`;

await runCli(async () => {
  if (helpRequested(USAGE)) return;
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { workspace: { type: "string" }, name: { type: "string" }, json: { type: "boolean" } },
  });
  const [command, id] = positionals;
  const db = await getDb();
  if (command === "create") {
    if (!values.workspace) throw new Error(`--workspace is required\n${USAGE}`);
    const created = await createApiKey(db, values.workspace, values.name ?? "API key");
    if (values.json) return void process.stdout.write(`${JSON.stringify(created)}\n`);
    process.stdout.write(`Created API key ${created.id} for ${values.workspace}. It is shown only now:\n${created.key}\n`);
  } else if (command === "list") {
    const keys = await listApiKeys(db, values.workspace);
    if (values.json) return void process.stdout.write(`${JSON.stringify(keys, null, 2)}\n`);
    const rows = keys.map((k) => [
      k.id,
      k.workspace,
      k.name,
      `${k.prefix}…`,
      k.createdAt.toISOString(),
      k.lastUsedAt?.toISOString() ?? "never",
      k.revokedAt ? "revoked" : "active",
    ]);
    process.stdout.write(`${formatTable(["Id", "Workspace", "Name", "Key", "Created", "Last used", "State"], rows)}\n`);
  } else if (command === "revoke" && id) {
    if (!(await revokeApiKey(db, id))) throw new Error(`No active API key has the id ${id}`);
    process.stdout.write(`Revoked API key ${id}.\n`);
  } else {
    throw new Error(USAGE);
  }
});
