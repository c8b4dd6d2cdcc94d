import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import zlib from "node:zlib";

export type BundledChromium = { executablePath: string; env: Record<string, string> };

/**
 * The Chromium that `@sparticuz/chromium` (a dev dependency, Linux x64) ships inside its npm
 * package as brotli files: unpacked once into node_modules/.cache, per version. Only its files
 * are used, not its code, which unpacks into the shared temporary folder and may download.
 * Its own NSS libraries go first on the library path, so a machine without them runs it too.
 */
export function bundledChromium(): BundledChromium {
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve("@sparticuz/chromium");
  } catch {
    throw new Error("@sparticuz/chromium is not installed (run npm install)");
  }
  const root = path.resolve(path.dirname(entry), "../..");
  const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string };
  const dir = path.resolve("node_modules/.cache/bundled-chromium", version);
  if (!fs.existsSync(path.join(dir, "chromium"))) unpack(path.join(root, "bin"), dir);
  return {
    executablePath: path.join(dir, "chromium"),
    env: { LD_LIBRARY_PATH: [path.join(dir, "lib"), process.env.LD_LIBRARY_PATH].filter(Boolean).join(":"), FONTCONFIG_PATH: dir },
  };
}

// Unpacked beside the final folder and renamed into place, so a run stopped halfway, or two test
// files unpacking at once, never leave a partial browser behind.
function unpack(bin: string, dir: string): void {
  const partial = `${dir}.${process.pid}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { recursive: true });
  const inflate = (file: string) => zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, file)));
  fs.writeFileSync(path.join(partial, "chromium"), inflate("chromium.br"), { mode: 0o755 });
  for (const archive of ["swiftshader.tar.br", "fonts.tar.br", "al2023.tar.br"]) {
    execFileSync("tar", ["-x", "-C", partial], { input: inflate(archive), maxBuffer: 1 << 30 });
  }
  // The package's fonts.conf names /tmp/fonts; this one names the fonts unpacked here.
  fs.writeFileSync(
    path.join(partial, "fonts.conf"),
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n` +
      `<fontconfig><dir>${path.join(dir, "fonts")}</dir><cachedir>${path.join(dir, "fonts-cache")}</cachedir></fontconfig>\n`,
  );
  try {
    fs.renameSync(partial, dir);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, "chromium"))) throw error;
  }
}
