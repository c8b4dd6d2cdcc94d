import pg from "pg";
import { runCli } from "../lib/cli/run-cli";
import { getDb } from "../lib/db";
import { parseDatabaseUrl, redactUrl } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";
import { pgRunner } from "../lib/db/pg-runner";
import { env } from "../lib/env";
import { ensureTaxonomy } from "../lib/taxonomy/ensure-taxonomy";

// Applies the committed migrations to DATABASE_URL, recording them as `prisma migrate deploy`
// does (either can be used), then syncs the shipped skill catalogue. The embedded database
// migrates itself when opened.
await runCli(async () => {
  const target = parseDatabaseUrl(env.DATABASE_URL);
  if (target.kind === "pglite") {
    await ensureTaxonomy(await getDb());
    process.stdout.write(`The embedded database at ${target.dataDir ?? "memory"} is up to date.\n`);
    return;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const applied = await applyMigrations(pgRunner(client));
    process.stdout.write(
      applied.length > 0 ? `Applied ${applied.join(", ")} to ${redactUrl(target.url)}.\n` : `${redactUrl(target.url)} is up to date.\n`,
    );
  } finally {
    await client.end();
  }
  if (await ensureTaxonomy(await getDb())) process.stdout.write("Synced the shipped skill catalogue.\n");
});
