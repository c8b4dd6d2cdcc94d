import fs from "node:fs";
import zlib from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { helpRequested, runCli } from "../lib/cli/run-cli";
import { EMPTY_CLUSTER_DIR, emptyClusterFile, installedPgliteVersion } from "../lib/db/empty-cluster";

const USAGE = `Usage: npm run db:pglite-cluster
  Produces the empty PGlite cluster new embedded databases start from (data/pglite/), once per
  PGlite version: run it after upgrading @electric-sql/pglite and commit the file it writes.`;

await runCli(async () => {
  if (helpRequested(USAGE)) return;
  const version = installedPgliteVersion();
  const file = emptyClusterFile(version);
  if (fs.existsSync(file)) return void process.stdout.write(`${file} is already there for PGlite ${version}.\n`);
  // PGlite's own initdb, in memory: the cluster is exactly what it would create on first use.
  const pglite = new PGlite({ dataDir: "memory://" });
  const tar = new Uint8Array(await (await pglite.dumpDataDir("none")).arrayBuffer());
  await pglite.close();
  const compressed = zlib.brotliCompressSync(tar, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: tar.length,
    },
  });
  fs.mkdirSync(EMPTY_CLUSTER_DIR, { recursive: true });
  // Another version's cluster is never read again: one file per installed version.
  for (const old of fs.readdirSync(EMPTY_CLUSTER_DIR).filter((name) => /^pglite-.*\.tar\.br$/.test(name))) {
    fs.rmSync(`${EMPTY_CLUSTER_DIR}/${old}`);
  }
  fs.writeFileSync(file, compressed);
  process.stdout.write(`Wrote ${file} (${(compressed.length / 1e6).toFixed(1)} MB) for PGlite ${version}.\n`);
});
