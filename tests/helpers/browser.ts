import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
export const SCREENSHOTS = path.resolve("test-results/screenshots");

/** Debian's Chromium, headless, driven by playwright-core (never a downloaded browser). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install it with apt-get install -y chromium`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
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
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
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
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")})`);
}
