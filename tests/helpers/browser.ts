import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { bundledChromium } from "./bundled-chromium";
import { browserCandidates, NO_BROWSER_ADVICE } from "./find-browser";

export const SCREENSHOTS = path.resolve("test-results/screenshots");

const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

/**
 * A headless Chromium driven by playwright-core, the first of `browserCandidates` that launches
 * (CHROMIUM_PATH, a system browser, Playwright's own, the one bundled as a dev dependency; never
 * a download). Fails listing what was tried and what to do.
 */
export async function launchBrowser(): Promise<Browser> {
  const candidates = browserCandidates({
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    only: process.env.TEST_BROWSER,
    platform: process.platform,
    arch: process.arch,
    playwrightPath: playwrightChromium(),
    windowsFolders: [process.env.PROGRAMFILES, process.env["PROGRAMFILES(X86)"], process.env.LOCALAPPDATA].filter(
      (folder) => folder !== undefined,
    ),
    exists: fs.existsSync,
  });
  const failures: string[] = [];
  for (const candidate of candidates) {
    try {
      const bundled = candidate.source === "bundled" ? bundledChromium() : undefined;
      const executablePath = bundled?.executablePath ?? candidate.executablePath!;
      if (!fs.existsSync(executablePath)) throw new Error("no such file");
      return await chromium.launch({ executablePath, args: ARGS, ...(bundled ? { env: { ...process.env, ...bundled.env } } : {}) });
    } catch (error) {
      failures.push(`${candidate.source} ${candidate.executablePath ?? "@sparticuz/chromium"}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  const tried = failures.length > 0 ? `tried ${failures.join("; ")}` : "found none";
  throw new Error(`No browser for the browser tests (${tried}). ${NO_BROWSER_ADVICE}`);
}

// Where `npx playwright install chromium` puts its browser; playwright-core names it, installed or not.
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** A full-page screenshot kept for reviewers under test-results/screenshots (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/**
 * Collects into `violations` every Content-Security-Policy violation in the context's pages
 * from now on: the browser's `securitypolicyviolation` events and its console reports of them.
 */
export async function watchContentSecurityPolicy(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding("__reportCspViolation", (_source, line: string) => void violations.push(line));
  await context.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
          `(${event.sourceFile}:${event.lineNumber})`,
      ),
    ),
  );
  context.on("console", (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
  });
}

/** Runs axe-core in the page and returns the serious and critical accessibility violations. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated by the browser's debugging protocol, as the page's own policy forbids a script tag of it.
  await page.evaluate(fs.readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")})`);
}
