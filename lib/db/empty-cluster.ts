import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

// PGlite creates a new database by running initdb in a second PostgreSQL instance, snapshotting
// its whole WebAssembly heap between steps and holding a dump of the result while the first
// instance starts: 350 MB more at the peak of a first `npm run matchings`, more than the rest. A new
// data directory starts instead from an empty cluster PGlite produced once
// (`npm run db:pglite-cluster`), committed per PGlite version: it depends on nothing but the
// PostgreSQL inside PGlite, and a machine that could not afford initdb could not generate it.
// Another version's cluster is never used: PGlite then runs initdb itself, as before.

// Resolved from the project root, as the migrations are, so the server build finds them too.
export const EMPTY_CLUSTER_DIR = path.join(process.cwd(), "data", "pglite");

// The package's exports do not include its package.json, so it is read where npm installs it
// (a bundler left to resolve it might rewrite the lookup; the server build keeps the package as is).
const PGLITE_MANIFEST = path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json");

/** The installed PGlite's version, which an empty cluster must have been produced by. */
export function installedPgliteVersion(): string {
  return (JSON.parse(fs.readFileSync(/* turbopackIgnore: true */ PGLITE_MANIFEST, "utf8")) as { version: string }).version;
}

/** Where the empty cluster of a PGlite version is kept: a tar archive, Brotli-compressed. */
export function emptyClusterFile(version = installedPgliteVersion(), dir = EMPTY_CLUSTER_DIR): string {
  return path.join(/* turbopackIgnore: true */ dir, `pglite-${version}.tar.br`);
}

/** The installed version's empty cluster as a tar archive, or null when `dir` keeps none. */
function readEmptyCluster(dir: string): Buffer | null {
  // Installed elsewhere (a workspace hoisting it), its version is unknown: PGlite runs initdb.
  if (!fs.existsSync(/* turbopackIgnore: true */ PGLITE_MANIFEST)) return null;
  const file = emptyClusterFile(installedPgliteVersion(), dir);
  if (!fs.existsSync(/* turbopackIgnore: true */ file)) return null;
  // Large output chunks are mapped and unmapped whole; the default 16 KB ones stay in the C heap,
  // freed but fragmented, for the rest of the process (40 MB of it).
  return zlib.brotliDecompressSync(fs.readFileSync(/* turbopackIgnore: true */ file), { chunkSize: 4 << 20 });
}

/**
 * Writes the empty cluster into `dataDir` when that does not exist yet (or is an empty
 * directory) and `dir` keeps a cluster of the installed PGlite version; says whether it did.
 * Otherwise PGlite opens the directory as it is, creating a database with initdb if need be.
 */
export function writeEmptyCluster(dataDir: string, dir = EMPTY_CLUSTER_DIR): boolean {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) return false;
  const tar = readEmptyCluster(dir);
  if (!tar) return false;
  // Unpacked beside it and renamed into place: a process stopped halfway leaves no half cluster.
  const staging = `${dataDir}.new-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    for (const entry of tarEntries(tar)) {
      const target = path.join(staging, entry.name);
      if (!target.startsWith(staging + path.sep)) throw new Error(`Unexpected path ${entry.name} in the empty cluster`);
      if (entry.data) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, entry.data);
      } else fs.mkdirSync(target, { recursive: true });
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.renameSync(staging, dataDir);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return true;
}

/** The empty cluster for an in-memory database, for PGlite's `loadDataDir`; undefined without one. */
export function emptyClusterBlob(dir = EMPTY_CLUSTER_DIR): Blob | undefined {
  const tar = readEmptyCluster(dir);
  return tar ? new Blob([new Uint8Array(tar)], { type: "application/x-tar" }) : undefined;
}

type TarEntry = { name: string; data: Buffer | null };

// The ustar subset PGlite's dumpDataDir writes: regular files and directories.
function* tarEntries(tar: Buffer): Generator<TarEntry> {
  const text = (start: number, length: number) => tar.toString("latin1", start, start + length).replace(/\0.*$/s, "");
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const name = text(offset, 100);
    if (name === "") return;
    const prefix = text(offset + 345, 155);
    const size = parseInt(text(offset + 124, 12).trim() || "0", 8);
    const type = text(offset + 156, 1);
    const start = offset + 512;
    const fullName = prefix ? `${prefix}/${name}` : name;
    if (type === "5") yield { name: fullName, data: null };
    else if (type === "0" || type === "") yield { name: fullName, data: tar.subarray(start, start + size) };
    offset = start + Math.ceil(size / 512) * 512;
  }
}
