import fs from "node:fs";
import path from "node:path";

// PGlite is a single-process database: two processes writing the same directory silently lose
// data. A lock file next to the data directory names the holder so the second process can say so.

type Holder = { pid: number; command: string; since: string };

export class DatabaseLockedError extends Error {
  constructor(dataDir: string, holder: Holder) {
    super(
      `The embedded database at ${dataDir} is in use by process ${holder.pid} (${holder.command}, since ${holder.since}). ` +
        "PGlite serves one process at a time: stop that process and retry, or set DATABASE_URL to a PostgreSQL server " +
        "to share one database between processes.",
    );
    this.name = "DatabaseLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockPath: string): Holder | null {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as Holder;
  } catch {
    return null;
  }
}

/** Takes the lock for `dataDir` or throws DatabaseLockedError; returns the release function. */
export function acquirePgliteLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: Holder = {
    pid: process.pid,
    // Servers name themselves ("next-server (v16…)"); scripts are known by their file and arguments.
    command: /^node(js)?$/.test(process.title)
      ? [path.basename(process.argv[1] ?? process.argv0), ...process.argv.slice(2)].join(" ")
      : process.title,
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(me), { flag: "wx" });
      const release = () => {
        if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw new DatabaseLockedError(dataDir, holder);
      // A holder that died without cleaning up (kill -9, crash) leaves a stale lock: take it over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}: ${lockPath} keeps reappearing.`);
}
