import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, screenshot, watchContentSecurityPolicy } from "../helpers/browser";
import { startNext, type NextServer } from "../helpers/next-server";
import { createRecruiterAndKey, openDashboard } from "../helpers/dashboard-session";
import { createDemoDatabaseUrl } from "../helpers/demo-database";

// The recruiter dashboard in headless Chromium against `next start`, on the demo data. Rita is a
// member of Acme Payments and Northwind Health, not of Globex Logistics.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-dashboard-"));
const PASSWORD = "correct horse battery";
type DemoJob = {
  jobId: string;
  externalId: string;
  workspace: string;
  title: string;
  matches: { candidateId: string; candidateExternalId: string; rank: number }[];
};
type DemoResponse = { job: string; candidate: string; coverLetter?: string; screeningScore: number | null; interviewScore: number | null };
type DemoCandidate = { externalId: string; name: string; email: string; portfolio: { title: string; url: string }[] };
const demo = JSON.parse(fs.readFileSync(path.resolve("data/demo.json"), "utf8")) as {
  candidates: DemoCandidate[];
  responses: DemoResponse[];
};
let url: string;
let drop: () => Promise<void>;
let app: NextServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let jobs: DemoJob[];
let acmeKey: string;
// Every page of every test runs under the app's Content-Security-Policy: none may break it.
const cspViolations: string[] = [];

beforeAll(async () => {
  const demoDatabase = await createDemoDatabaseUrl(dir);
  ({ url, drop } = demoDatabase);
  jobs = (JSON.parse(demoDatabase.output) as { jobs: DemoJob[] }).jobs;
  acmeKey = await createRecruiterAndKey(url, "rita@example.com", PASSWORD, ["acme", "northwind"]);
  ({ app, browser, context, page } = await openDashboard(url, cspViolations));
});
afterEach(() => {
  expect(cspViolations).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const busiestJob = (workspace: string) =>
  jobs.filter((job) => job.workspace === workspace).sort((a, b) => b.matches.length - a.matches.length)[0]!;
const rankedRows = () => page.locator('ol[aria-label="Ranked candidates"] > li');
const statusOf = async (jobId: string, candidateId: string) => {
  const response = await fetch(`${app.url}/api/matching?jobId=${jobId}&candidateId=${candidateId}`, {
    headers: { Authorization: `Bearer ${acmeKey}` },
  });
  const body = (await response.json()) as { data: { status: string; rank: number | null }[] };
  return body.data[0];
};

// Under a loaded machine a page can take seconds to settle: wait for what a recruiter would see.
const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });

async function expectAccessible(name: string) {
  expect(await accessibilityViolations(page), `accessibility of ${name}`).toEqual([]);
}

describe("the recruiter dashboard", () => {
  it("sends a signed-out visitor to sign in, refuses a wrong password, and signs Rita in to her first workspace", async () => {
    await page.goto(app.url);
    await page.waitForURL("**/sign-in");
    await expectAccessible("sign-in");
    await screenshot(page, "01-sign-in");
    await page.getByLabel("Email").fill("rita@example.com");
    await page.getByLabel("Password").fill("wrong password, surely");
    await page.getByRole("button", { name: "Sign in" }).click();
    await eventually(() => page.locator("#sign-in-error").textContent()).toContain("Wrong email or password");

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/w/acme");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Jobs");
  });

  it("lists the workspace's jobs with matchings, best score and last run, filtered by status and title", async () => {
    const acme = jobs.filter((job) => job.workspace === "acme");
    const list = page.getByRole("list", { name: "Jobs" });
    for (const job of acme) await eventually(() => list.getByRole("link", { name: job.title, exact: true }).count()).toBe(1);
    for (const other of jobs.filter((job) => job.workspace !== "acme"))
      expect(await list.getByText(other.title, { exact: true }).count()).toBe(0);
    const busiest = busiestJob("acme");
    const row = list.locator("li", { has: page.getByRole("link", { name: busiest.title, exact: true }) });
    expect(await row.textContent()).toContain(`Ranked candidates${busiest.matches.length}`);
    // Titles as people sort them: "iOS engineer" is not sent after every capitalised title.
    const titles = await list.getByRole("link").allTextContents();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    expect(await row.textContent()).toContain("Command line");
    await expectAccessible("jobs");
    await screenshot(page, "02-jobs");

    await page.getByLabel("Status").selectOption("DRAFT");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL("**status=DRAFT**");
    for (const job of acme) expect(await list.getByRole("link", { name: job.title, exact: true }).count()).toBe(0);

    await page.goto(`${app.url}/w/acme?q=${encodeURIComponent(busiest.title.slice(0, 6).toUpperCase())}`);
    expect(await page.getByRole("list", { name: "Jobs" }).getByRole("link", { name: busiest.title, exact: true }).count()).toBe(1);
    await page.goto(`${app.url}/w/acme?q=no-such-title-anywhere`);
    expect(await page.getByText("No job matches these filters.").count()).toBe(1);
  });

  it("shows a job's requirements and its ranked list, best first, as the engine ranked it", async () => {
    const job = busiestJob("acme");
    await page.goto(`${app.url}/w/acme`);
    await page.getByRole("link", { name: job.title, exact: true }).click();
    await page.waitForURL(`**/w/acme/jobs/${job.jobId}`);
    expect(await page.getByRole("heading", { name: "Requirements" }).count()).toBe(1);
    expect(await rankedRows().count()).toBe(Math.min(50, job.matches.length));
    const ids = await rankedRows().evaluateAll((rows) => rows.map((row) => row.getAttribute("data-candidate-id")));
    expect(ids).toEqual(job.matches.slice(0, 50).map((match) => match.candidateId));
    const scores = (await rankedRows().locator(".text-2xl").allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await rankedRows().first().getByRole("list", { name: "Score breakdown" }).getByRole("listitem").count()).toBe(8);
    // Skills matched through the taxonomy say how, as the API does: "Kubernetes (as k8s)", "JavaScript (via TypeScript)".
    const first = job.matches[0]!;
    const response = await fetch(`${app.url}/api/matching?jobId=${job.jobId}&candidateId=${first.candidateId}`, {
      headers: { Authorization: `Bearer ${acmeKey}` },
    });
    const { data } = (await response.json()) as {
      data: { skillMatches: { skill: string; required: boolean; as: string | null; via: string | null }[] }[];
    };
    const shown = await rankedRows().first().getByRole("list", { name: "Required skills" }).getByRole("listitem").allTextContents();
    for (const match of data[0]!.skillMatches.filter((m) => m.required)) {
      const label = match.via ? `${match.skill} (via ${match.via})` : match.as ? `${match.skill} (as ${match.as})` : match.skill;
      expect(shown).toContain(`✓ ${label}`);
    }
    const labels = await rankedRows().getByRole("list", { name: "Required skills" }).getByRole("listitem").allTextContents();
    expect(labels.some((label) => /\((as|via) /.test(label))).toBe(true);
    await expectAccessible("job");
    await screenshot(page, "03-job");
  });

  it("narrows a job's list to the candidates holding every required skill, and back", async () => {
    const job = busiestJob("acme");
    await page.goto(`${app.url}/w/acme/jobs/${job.jobId}`);
    const everyone = await rankedRows().count();
    await page.getByRole("link", { name: /Only candidates with every required skill/ }).click();
    await page.waitForURL(`**/w/acme/jobs/${job.jobId}?all=1`);
    await eventually(() => rankedRows().count()).toBeLessThan(everyone);
    expect(await rankedRows().count()).toBeGreaterThan(0);
    expect(await rankedRows().getByRole("list", { name: "Required skills" }).getByText("missing:").count()).toBe(0);
    await expectAccessible("job, every required skill");
    await page.getByRole("link", { name: /Only candidates with every required skill/ }).click();
    await eventually(() => rankedRows().count()).toBe(everyone);
  });

  it("says why a draft job has no list, and offers no recalculation for it", async () => {
    await page.goto(`${app.url}/w/acme?status=DRAFT`);
    await page.getByRole("list", { name: "Jobs" }).getByRole("link").first().click();
    await page.waitForURL("**/w/acme/jobs/**");
    expect(await page.getByText("This job is not active, so it is not matched.").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Recalculate now" }).isDisabled()).toBe(true);
  });

  it("rejects a candidate in place, and the decision survives a recalculation, which reports what changed", async () => {
    const job = busiestJob("acme");
    await page.goto(`${app.url}/w/acme/jobs/${job.jobId}`);
    const first = rankedRows().first();
    const candidateId = (await first.getAttribute("data-candidate-id"))!;
    const name = (await first.getByRole("heading").textContent())!;
    await first.getByLabel(`Status of ${name}`).selectOption("REJECTED");
    await eventually(async () => (await statusOf(job.jobId, candidateId))?.status).toBe("REJECTED");

    const headingTop = (await page.getByRole("heading", { level: 1 }).boundingBox())!.y;
    await page.getByRole("button", { name: "Recalculate now" }).click();
    const changes = page.getByRole("region", { name: "What changed" });
    await changes.waitFor();
    const items = await changes.getByRole("listitem").allTextContents();
    // Entries and exits first; the one-place shifts below the rejected candidate are only counted.
    expect(items.slice(0, 2).sort()).toEqual([expect.stringMatching(/^New: /), `Out: ${name} (was #1)`]);
    expect(await changes.textContent()).toMatch(/\d+ others only shifted: someone above them entered or left/);
    // Full width under the header, not in its right column: the requirements stay close to the title.
    const button = (await page.getByRole("button", { name: "Recalculate now" }).boundingBox())!;
    expect((await changes.boundingBox())!.y).toBeGreaterThan(button.y + button.height);
    expect((await changes.boundingBox())!.width).toBeGreaterThan(1000);
    expect((await page.getByRole("heading", { name: "Requirements" }).boundingBox())!.y - headingTop).toBeLessThan(300);
    await eventually(() => rankedRows().first().getAttribute("data-candidate-id")).not.toBe(candidateId);
    const kept = page.locator('ol[aria-label="Kept candidates"] > li', { hasText: name });
    expect(await kept.getByLabel(`Status of ${name}`).inputValue()).toBe("REJECTED");
    expect(await statusOf(job.jobId, candidateId)).toMatchObject({ status: "REJECTED", rank: null });
    await screenshot(page, "04-after-recalculation");

    await page.getByRole("link", { name: /^Rejected \(1\)$/ }).click();
    await page.waitForURL("**status=REJECTED**");
    expect(await page.locator('ol[aria-label="Rejected candidates"] > li').count()).toBe(1);
  });

  it("puts a status back with a message when saving it fails", async () => {
    // A browser of its own, so ending its session leaves the other tests signed in.
    const own = await browser.newContext();
    own.setDefaultTimeout(60_000);
    await watchContentSecurityPolicy(own, cspViolations);
    const tab = await own.newPage();
    await tab.goto(`${app.url}/sign-in?next=${encodeURIComponent(`/w/acme/jobs/${busiestJob("acme").jobId}`)}`);
    await tab.getByLabel("Email").fill("rita@example.com");
    await tab.getByLabel("Password").fill(PASSWORD);
    await tab.getByRole("button", { name: "Sign in" }).click();
    await tab.waitForURL("**/w/acme/jobs/**");
    const first = tab.locator('ol[aria-label="Ranked candidates"] > li').first();
    const name = (await first.getByRole("heading").textContent())!;
    const select = first.getByLabel(`Status of ${name}`);
    const before = await select.inputValue();
    // The session ends behind the page's back: the save is refused.
    await own.clearCookies();
    await select.selectOption("CONTACTED");
    await eventually(() => first.getByRole("alert").textContent()).toContain("signed out");
    await eventually(() => select.inputValue()).toBe(before);
    await own.close();
  });

  it("opens a candidate's whole profile and why each criterion scored what it did", async () => {
    const job = busiestJob("acme");
    await page.goto(`${app.url}/w/acme/jobs/${job.jobId}`);
    const second = rankedRows().nth(1);
    const name = (await second.getByRole("heading").textContent())!;
    await second.getByRole("link", { name }).click();
    const panel = page.getByRole("dialog", { name });
    await panel.waitFor();
    expect(await panel.getByRole("row").count()).toBe(9);
    for (const section of ["Experience", "Portfolio", "Technical tests", "Recruiter feedback", "Training quizzes over time", "Badges"]) {
      expect(await panel.getByRole("heading", { name: section, exact: true }).count()).toBe(1);
    }
    expect(await panel.getByRole("row", { name: /Skills/ }).textContent()).toMatch(/\d+ of \d+ required skills/);
    await expectAccessible("candidate panel");
    await screenshot(page, "05-candidate-panel");
    await page.keyboard.press("Escape");
    await eventually(() => page.getByRole("dialog").count()).toBe(0);
  });

  it("gives the recruiter what they need to act: email to copy, links, the response to this job", async () => {
    // A candidate who responded to an acme job with a cover letter and both scores.
    const acmeJobs = jobs.filter((job) => job.workspace === "acme");
    const found = demo.responses
      .filter((response) => response.coverLetter && response.screeningScore !== null && response.interviewScore !== null)
      .flatMap((response) =>
        acmeJobs
          .filter((job) => job.externalId === response.job)
          .flatMap((job) =>
            job.matches.filter((match) => match.candidateExternalId === response.candidate).map((match) => ({ job, match, response })),
          ),
      )[0]!;
    const candidate = demo.candidates.find((c) => c.externalId === found.match.candidateExternalId)!;
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.url });
    await page.goto(`${app.url}/w/acme/jobs/${found.job.jobId}?candidate=${found.match.candidateId}`);
    const panel = page.getByRole("dialog", { name: candidate.name });
    await panel.waitFor();
    expect(await panel.getByRole("link", { name: candidate.email }).getAttribute("href")).toBe(`mailto:${candidate.email}`);
    await panel.getByRole("button", { name: "Copy email" }).click();
    await eventually(() => panel.getByRole("status").textContent()).toBe("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(candidate.email);
    // Where the browser offers no clipboard, the address is shown selected, ready for Ctrl+C.
    const blocked = await context.newPage();
    await blocked.addInitScript(() => Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined }));
    await blocked.goto(page.url());
    await blocked.getByRole("dialog").getByRole("button", { name: "Copy email" }).click();
    const field = blocked.getByLabel(/press Ctrl\+C/);
    await eventually(() => field.inputValue()).toBe(candidate.email);
    expect(
      await field.evaluate(
        (input: HTMLInputElement) =>
          document.activeElement === input && input.selectionStart === 0 && input.selectionEnd === input.value.length,
      ),
    ).toBe(true);
    await blocked.close();
    const links = panel.getByRole("list", { name: "Links" }).getByRole("link");
    expect(await links.count()).toBe(candidate.portfolio.length);
    expect(await links.first().getAttribute("href")).toBe(candidate.portfolio[0]!.url);
    expect(await links.first().getAttribute("rel")).toBe("noopener noreferrer nofollow");
    const response = panel.getByRole("region", { name: "Response to this job" });
    expect(await response.getByRole("blockquote").textContent()).toBe(found.response.coverLetter);
    expect(await response.textContent()).toContain(
      `screening ${found.response.screeningScore}/100 · interview ${found.response.interviewScore}/100`,
    );
    await expectAccessible("candidate panel with contact and response");
    await screenshot(page, "05b-candidate-contact");
  });

  it("says where else in the workspace a candidate ranks, and opens them there", async () => {
    const acmeJobs = jobs.filter((job) => job.workspace === "acme");
    // The other job is not the one recalculated above, so its ranks are still the command line's.
    const [job, other, match] = acmeJobs.flatMap((a) =>
      acmeJobs
        .filter((b) => b !== a && b !== busiestJob("acme"))
        .flatMap((b) => a.matches.filter((m) => b.matches.some((n) => n.candidateId === m.candidateId)).map((m) => [a, b, m] as const)),
    )[0]!;
    const rankThere = other.matches.find((m) => m.candidateId === match.candidateId)!.rank;
    await page.goto(`${app.url}/w/acme/jobs/${job.jobId}?candidate=${match.candidateId}`);
    const panel = page.getByRole("dialog");
    const elsewhere = panel.getByRole("list", { name: "Other jobs" }).getByRole("listitem").filter({ hasText: other.title });
    expect(await elsewhere.textContent()).toContain(`Also ranked #${rankThere} for ${other.title}`);
    for (const foreign of jobs.filter((j) => j.workspace !== "acme"))
      expect(await panel.getByText(foreign.title, { exact: true }).count()).toBe(0);
    await elsewhere.getByRole("link", { name: other.title }).click();
    await page.waitForURL(`**/w/acme/jobs/${other.jobId}?candidate=${match.candidateId}`);
    await eventually(() =>
      page
        .getByRole("dialog")
        .getByText(/^Match score/)
        .textContent(),
    ).toContain(`ranked #${rankThere}`);
  });

  it("finds the workspace's candidates across jobs by skill alias and by name", async () => {
    await page.goto(`${app.url}/w/acme`);
    await page.getByRole("searchbox", { name: "Search candidates by name or skill" }).fill("k8s");
    await page.getByRole("button", { name: "Search candidates" }).click();
    await page.waitForURL("**/w/acme/search?q=k8s");
    const found = page.getByRole("list", { name: "Candidates found" });
    await eventually(() => found.getByText("Skill: Kubernetes (as k8s)").count()).toBeGreaterThan(0);
    expect(await found.getByText(/^Skill: /).count()).toBe(await found.locator(":scope > li").count());
    for (const foreign of jobs.filter((job) => job.workspace !== "acme"))
      expect(await found.getByRole("link", { name: foreign.title, exact: true }).count()).toBe(0);
    await expectAccessible("candidate search");
    await screenshot(page, "05c-search");

    const job = busiestJob("acme");
    const someone = demo.candidates.find((c) => c.externalId === job.matches[2]!.candidateExternalId)!;
    await page.goto(`${app.url}/w/acme/search?q=${encodeURIComponent(someone.name.toLowerCase())}`);
    // Names may repeat: the link to this very candidate's panel.
    await page
      .getByRole("list", { name: "Candidates found" })
      .locator(`a[href="/w/acme/jobs/${job.jobId}?candidate=${job.matches[2]!.candidateId}"]`)
      .click();
    await page.waitForURL(`**/w/acme/jobs/${job.jobId}?candidate=${job.matches[2]!.candidateId}`);
    await eventually(() => page.getByRole("dialog", { name: someone.name }).count()).toBe(1);
    await page.keyboard.press("Escape");
    await eventually(() => page.getByRole("dialog").count()).toBe(0);
  });

  it("shows the runs of the workspace, the dashboard's own recalculation first", async () => {
    await page.getByRole("link", { name: "Runs" }).click();
    await page.waitForURL("**/w/acme/runs");
    const firstRun = page.getByRole("row").nth(1);
    expect(await firstRun.textContent()).toContain("Manual (dashboard)");
    expect(await firstRun.textContent()).toContain(busiestJob("acme").title);
    expect(await page.getByText(busiestJob("northwind").title).count()).toBe(0);
    await expectAccessible("runs");
    await screenshot(page, "06-runs");
  });

  it("switches workspace, and refuses another workspace's pages and jobs by URL", async () => {
    await page.locator("details > summary", { hasText: "Acme Payments" }).click();
    await page.getByRole("list", { name: "Switch workspace" }).getByRole("link", { name: "Northwind Health" }).click();
    await page.waitForURL("**/w/northwind");
    const list = page.getByRole("list", { name: "Jobs" });
    await eventually(() => list.getByRole("link", { name: busiestJob("northwind").title, exact: true }).count()).toBe(1);
    expect(await list.getByRole("link", { name: busiestJob("acme").title, exact: true }).count()).toBe(0);

    const globexJob = busiestJob("globex");
    const acmeJob = busiestJob("acme");
    for (const route of [
      `/w/globex`,
      `/w/globex/runs`,
      `/w/globex/jobs/${globexJob.jobId}`,
      `/w/acme/jobs/${globexJob.jobId}`,
      `/w/northwind/jobs/${acmeJob.jobId}`,
      `/w/acme/jobs/not-a-uuid`,
      `/w/acme/jobs/${acmeJob.jobId}?candidate=${globexJob.matches[0]!.candidateId}`,
    ]) {
      const response = await page.goto(`${app.url}${route}`);
      if (route.includes("candidate=")) {
        expect(await page.getByRole("dialog", { name: "Candidate not found" }).count(), route).toBe(1);
        continue;
      }
      expect(response?.status(), route).toBe(404);
      expect(await page.getByRole("heading", { name: "Not found" }).count(), route).toBe(1);
      expect(await page.content(), route).not.toContain(globexJob.title);
    }
  });

  it("keeps the workspace's header and navigation on a page that does not exist inside it", async () => {
    for (const route of ["/w/acme/no-such-page", "/w/acme/jobs/not-a-uuid", "/w/acme/jobs"]) {
      const response = await page.goto(`${app.url}${route}`);
      expect(response?.status(), route).toBe(404);
      expect(await page.getByRole("heading", { name: "Not found" }).count(), route).toBe(1);
      expect(await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Runs" }).count(), route).toBe(1);
    }
    await expectAccessible("not found inside a workspace");
  });

  it("is usable on a phone: nothing wider than the screen", async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${app.url}/w/acme/jobs/${busiestJob("acme").jobId}`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: path.resolve("test-results/screenshots/07-job-phone.png"), fullPage: false });
    // The runs table is wider than a phone: it scrolls in its own region, and says so.
    await phone.goto(`${app.url}/w/acme/runs`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = phone.getByRole("region", { name: "Recalculation runs" });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await phone.getByText(/scroll it sideways/).isVisible()).toBe(true);
    await phone.screenshot({ path: path.resolve("test-results/screenshots/07b-runs-phone.png"), fullPage: false });
    await phone.close();
  });
});

describe("the dashboard with its database down", () => {
  it("still shows the sign-in form, says the service is unavailable, and shows a designed error page", async () => {
    const down = await startNext({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:1/unreachable",
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
    });
    try {
      const outageContext = await browser.newContext();
      await watchContentSecurityPolicy(outageContext, cspViolations);
      const outage = await outageContext.newPage();
      await outage.goto(`${down.url}/sign-in`);
      await outage.getByLabel("Email").fill("rita@example.com");
      await outage.getByLabel("Password").fill(PASSWORD);
      await outage.getByRole("button", { name: "Sign in" }).click();
      await eventually(() => outage.locator("#sign-in-error").textContent()).toContain("could not reach its database");
      await outage.goto(`${down.url}/w/acme`);
      await eventually(() => outage.getByRole("heading", { name: "The database is unavailable" }).count()).toBe(1);
      await screenshot(outage, "08-database-down");
      await outageContext.close();
    } finally {
      await down.stop();
    }
  });
});
