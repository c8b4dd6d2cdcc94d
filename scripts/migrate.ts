import pg from "pg";
import { helpRequested, runCli } from "../lib/cli/run-cli";
import { getDb } from "../lib/db";
import { parseDatabaseUrl, redactUrl } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";
import { pgRunner } from "../lib/db/pg-runner";
import { env } from "../lib/env";
import { ensureTaxonomy } from "../lib/taxonomy/ensure-taxonomy";

// Applies the committed migrations to DATABASE_URL, recording them as `prisma migrate deploy`
// does (either can be used), then syncs the shipped skill catalogue. The embedded database
// migrates itself when opened.
const USAGE = `Usage: npm run db:migrate
  Applies the committed migrations to DATABASE_URL (PostgreSQL), recorded as prisma migrate deploy
  records them, then syncs the shipped skill catalogue. The embedded database migrates itself.`;

await runCli(async () => {
  if (helpRequested(USAGE)) return;
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
