import { closeDb } from "../db";

/**
 * Runs a script's main: exit code 0 on success; on failure one line on stderr saying why
 * (a problem list for invalid input), exit code 1. The database is always closed first.
 * A reader that stops early (`| head`, `| jq` failing) is not a failure: the rest of the output
 * is dropped and the script ends as it would have, quietly.
 */
export async function runCli(main: () => Promise<void>): Promise<void> {
  process.stdout.on("error", ignoreClosedReader);
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

function ignoreClosedReader(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") return;
  throw error;
}

/** `--help` or `-h` anywhere among the arguments: print the usage on stdout and do nothing else. */
export function helpRequested(usage: string, args = process.argv.slice(2)): boolean {
  if (!args.some((arg) => arg === "--help" || arg === "-h")) return false;
  process.stdout.write(`${usage}\n`);
  return true;
}
