import { closeDb } from "../db";

/**
 * Runs a script's main: exit code 0 on success; on failure one line on stderr saying why
 * (a problem list for invalid input), exit code 1. The database is always closed first.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  let code = 0;
  try {
    await main();
  } catch (error) {
    code = 1;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: ${message}\n`);
  } finally {
    await closeDb().catch(() => {});
  }
  process.exitCode = code;
}
