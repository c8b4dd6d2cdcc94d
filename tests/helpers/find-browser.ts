import path from "node:path";

/** Where a browser for the tests may come from, in the order they are tried. */
export type BrowserSource = "CHROMIUM_PATH" | "system" | "playwright" | "bundled";

export type BrowserCandidate = { source: BrowserSource; executablePath: string } | { source: "bundled"; executablePath?: undefined };

export type BrowserSearch = {
  /** CHROMIUM_PATH: this browser and no other. */
  chromiumPath?: string;
  /** TEST_BROWSER: one source only (`system`, `playwright`, `bundled`), or every source in order (unset, `auto`). */
  only?: string;
  platform: NodeJS.Platform;
  arch: string;
  /** Playwright's own Chromium, wherever `npx playwright install` would have put it. */
  playwrightPath?: string;
  /** Program Files folders on Windows (PROGRAMFILES, PROGRAMFILES(X86), LOCALAPPDATA). */
  windowsFolders?: string[];
  exists: (file: string) => boolean;
};

const SOURCES = ["system", "playwright", "bundled"] as const;

const SYSTEM_BROWSERS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: [
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
    "/usr/bin/google-chrome-stable",
    "/snap/bin/chromium",
    "/opt/google/chrome/chrome",
  ],
  darwin: [
    "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    "/Applications/Chromium.app/Contents/MacOS/Chromium",
    "/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
  ],
};

function systemBrowsers(search: BrowserSearch): string[] {
  if (search.platform !== "win32") return SYSTEM_BROWSERS[search.platform] ?? [];
  return (search.windowsFolders ?? []).flatMap((folder) => [
    path.win32.join(folder, "Google", "Chrome", "Application", "chrome.exe"),
    path.win32.join(folder, "Chromium", "Application", "chrome.exe"),
  ]);
}

/**
 * The browsers worth trying, best first: CHROMIUM_PATH alone when set; otherwise a system Chromium
 * or Chrome, then Playwright's own when installed, then (Linux x64) the Chromium that
 * `@sparticuz/chromium`, a dev dependency, ships inside its npm package. Throws saying what to do
 * when TEST_BROWSER names no known source.
 */
export function browserCandidates(search: BrowserSearch): BrowserCandidate[] {
  if (search.chromiumPath) return [{ source: "CHROMIUM_PATH", executablePath: search.chromiumPath }];
  const only = search.only && search.only !== "auto" ? search.only : undefined;
  if (only && !(SOURCES as readonly string[]).includes(only)) {
    throw new Error(`TEST_BROWSER="${only}" is none of auto, ${SOURCES.join(", ")}`);
  }
  const wanted = (source: BrowserSource) => !only || only === source;
  const candidates: BrowserCandidate[] = [];
  if (wanted("system")) {
    for (const file of systemBrowsers(search)) if (search.exists(file)) candidates.push({ source: "system", executablePath: file });
  }
  if (wanted("playwright") && search.playwrightPath && search.exists(search.playwrightPath)) {
    candidates.push({ source: "playwright", executablePath: search.playwrightPath });
  }
  if (wanted("bundled") && search.platform === "linux" && search.arch === "x64") candidates.push({ source: "bundled" });
  return candidates;
}

export const NO_BROWSER_ADVICE =
  "Install Chromium or Google Chrome (apt-get install chromium, brew install --cask chromium), " +
  "or set CHROMIUM_PATH to a Chromium-based browser's executable.";
