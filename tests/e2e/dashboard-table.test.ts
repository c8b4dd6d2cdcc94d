import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations, screenshot, SCREENSHOTS } from "../helpers/browser";
import type { NextServer } from "../helpers/next-server";
import { parseCsv } from "../helpers/parse-csv";
import { createRecruiterAndKey, openDashboard } from "../helpers/dashboard-session";
import { runScript } from "../helpers/run-script";
import { createDatabaseUrl } from "../helpers/test-database";

// The job page's table view in headless Chromium against `next start`, on a small fixture: one
// Acme job, seven eligible candidates among whom two twins (the same data, so the same score:
// a tie) and one whose name is a spreadsheet formula. Rita is a member of Acme, not of Beta.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-table-"));
const PASSWORD = "correct horse battery";
const EVIL = '=HYPERLINK("http://evil.example","click")';
const candidate = (externalId: string, name: string, testScore: number, portfolioItems: number, badges = 0) => ({
  externalId,
  name,
  headline: "Frontend engineer",
  yearsOfExperience: 5,
  skills: ["TypeScript", "React"],
  domains: ["Fintech"],
  experiences: [{ title: "Engineer", domain: "Fintech", startDate: "2020-01-01", endDate: null }],
  // Portfolio items using the job's skills are what sets their experience criteria apart.
  portfolio: Array.from({ length: portfolioItems }, (_, i) => ({ title: `Project ${i}`, skills: ["React"] })),
  technicalTests: [{ name: "TS", score: testScore, completedAt: "2026-01-01" }],
  badges: Array.from({ length: badges }, (_, i) => ({ name: `Badge ${i}`, awardedAt: "2026-01-01" })),
});
const fixture = {
  workspaces: [
    { slug: "acme", name: "Acme Payments" },
    { slug: "beta", name: "Beta Corp" },
  ],
  candidates: [
    candidate("t-1", "Zoë Ångström", 95, 0, 2),
    candidate("t-2", EVIL, 40, 3),
    candidate("t-3", "Twin Alpha", 70, 1),
    candidate("t-4", "Twin Beta", 70, 1),
    candidate("t-5", "Bob Short", 60, 2),
    candidate("t-6", "Carla Mid", 80, 0),
    candidate("t-7", "Dan Low", 30, 3),
  ],
  jobs: [
    {
      externalId: "tj-1",
      workspace: "acme",
      title: "Frontend engineer, payments",
      description: "TypeScript and React frontends",
      status: "ACTIVE",
      skills: ["TypeScript", "React"],
      domains: ["Fintech"],
      minYearsExperience: 2,
    },
    {
      externalId: "tj-2",
      workspace: "beta",
      title: "Beta's own job",
      description: "",
      status: "ACTIVE",
      skills: ["TypeScript"],
      domains: ["Fintech"],
      minYearsExperience: 0,
    },
  ],
};
type FixtureJob = { jobId: string; externalId: string; matches: { candidateId: string; matchScore: number }[] };
let url: string;
let drop: () => Promise<void>;
let app: NextServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let job: FixtureJob;
let betaJob: FixtureJob;
let acmeKey: string;
const cspViolations: string[] = [];

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  const file = path.join(dir, "fixture.json");
  fs.writeFileSync(file, JSON.stringify(fixture));
  const imported = await runScript("scripts/import.ts", [file], { DATABASE_URL: url });
  expect(imported.code, imported.stderr).toBe(0);
  const run = await runScript("scripts/matchings.ts", ["--json"], { DATABASE_URL: url });
  expect(run.code, run.stderr).toBe(0);
  const jobs = (JSON.parse(run.stdout) as { jobs: FixtureJob[] }).jobs;
  job = jobs.find((entry) => entry.externalId === "tj-1")!;
  betaJob = jobs.find((entry) => entry.externalId === "tj-2")!;
  expect(job.matches).toHaveLength(7);
  acmeKey = await createRecruiterAndKey(url, "rita@example.com", PASSWORD, ["acme"]);
  ({ app, browser, context, page } = await openDashboard(url, cspViolations));
  await page.goto(`${app.url}/sign-in`);
  await page.getByLabel("Email").fill("rita@example.com");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL("**/w/acme");
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

const eventually = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 200 });
const jobUrl = (search = "") => `${app.url}/w/acme/jobs/${job.jobId}${search}`;
const table = (p: Page = page) => p.getByRole("table", { name: /^Ranked candidates/ });
const bodyRows = (p: Page = page) => table(p).locator("tbody > tr");
/** The text of one column of the table, top to bottom, by its header's position. */
async function column(label: string, p: Page = page): Promise<string[]> {
  const headers = await table(p).locator("thead th").allTextContents();
  const index = headers.findIndex((text) => text.replace(/[▲▼]/g, "").trim() === label);
  expect(index, `column ${label}`).toBeGreaterThan(0);
  // innerText, not textContent: what the recruiter sees in the cell.
  // biome-ignore lint/performance/useDomNodeTextContent: see above.
  return bodyRows(p).evaluateAll((rows, i) => rows.map((row) => (row.children[i] as HTMLElement).innerText.trim()), index);
}
const statusOf = async (candidateId: string) => {
  const response = await fetch(`${app.url}/api/matching?jobId=${job.jobId}&candidateId=${candidateId}`, {
    headers: { Authorization: `Bearer ${acmeKey}` },
  });
  return ((await response.json()) as { data: { status: string }[] }).data[0]?.status;
};

describe("the job's list as a table", () => {
  it("switches from the cards to the table: every criterion a number, the ranking's order, the tie explained", async () => {
    await page.goto(jobUrl());
    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Table" }).click();
    await page.waitForURL("**view=table**");
    expect(await bodyRows().count()).toBe(7);
    const ids = await bodyRows().evaluateAll((rows) => rows.map((row) => row.getAttribute("data-candidate-id")));
    expect(ids).toEqual(job.matches.map((match) => match.candidateId));
    expect(await column("Rank")).toEqual(["#1", "#2", "#3", "#4", "#5", "#6", "#7"]);
    for (const label of ["Skills", "Domains", "Experience", "Feedback", "Quizzes", "Progression", "Badges", "Relevance"]) {
      for (const value of await column(label)) expect(value, label).toMatch(/^\d+(\.\d)?$/);
    }
    expect(
      await table()
        .locator("thead th[aria-sort]")
        .evaluateAll((cells) => cells.map((cell) => [cell.textContent?.replace(/[▲▼]/g, ""), cell.getAttribute("aria-sort")])),
    ).toEqual([["Rank", "ascending"]]);

    // The twins score the same; the one ranked second says why it is not first.
    const twins = job.matches
      .map((match, index) => ({ ...match, rank: index + 1 }))
      .filter((match, index, all) => all.some((other, j) => j !== index && other.matchScore === match.matchScore));
    expect(twins).toHaveLength(2);
    const lower = bodyRows().nth(twins[1]!.rank - 1);
    expect(await lower.textContent()).toContain(`Same score, skills and domains as #${twins[0]!.rank}; ranked by candidate id`);
    expect(
      await bodyRows()
        .nth(twins[0]!.rank - 1)
        .textContent(),
    ).not.toContain("Same score");
    expect(await accessibilityViolations(page), "accessibility of the table view").toEqual([]);
    await screenshot(page, "table-01-desktop");

    // The cards say the same.
    await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "Cards" }).click();
    const card = page.locator(`ol[aria-label="Ranked candidates"] > li[data-candidate-id="${twins[1]!.candidateId}"]`);
    await eventually(() => card.textContent()).toContain(`Same score, skills and domains as #${twins[0]!.rank}`);
  });

  it("sorts by a criterion on the server, both ways, and keeps the view through filters and the profile panel", async () => {
    await page.goto(jobUrl("?view=table"));
    await table().getByRole("link", { name: "Experience" }).click();
    await page.waitForURL("**sort=experience&dir=desc**");
    const descending = (await column("Experience")).map(Number);
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
    expect(new Set(descending).size).toBeGreaterThan(1);
    expect(await column("Rank")).not.toEqual(["#1", "#2", "#3", "#4", "#5", "#6", "#7"]);
    expect(await table().locator("thead th[aria-sort]").getAttribute("aria-sort")).toBe("descending");

    await table().getByRole("link", { name: "Experience" }).click();
    await page.waitForURL("**sort=experience&dir=asc**");
    const ascending = (await column("Experience")).map(Number);
    expect(ascending).toEqual([...descending].reverse().sort((a, b) => a - b));

    await page.getByRole("link", { name: /^Pending \(7\)$/ }).click();
    await page.waitForURL("**status=PENDING**");
    expect(page.url()).toContain("view=table");
    expect(page.url()).toContain("sort=experience");
    expect(await page.getByRole("table", { name: /^Pending candidates/ }).count()).toBe(1);
    const name = (await page
      .getByRole("table", { name: /^Pending candidates/ })
      .locator("tbody > tr")
      .first()
      .getByRole("link")
      .textContent())!;
    await page
      .getByRole("table", { name: /^Pending candidates/ })
      .getByRole("link", { name, exact: true })
      .click();
    await page.getByRole("dialog", { name }).waitFor();
    await page.getByRole("dialog", { name }).getByRole("link", { name: /Close/ }).click();
    await eventually(() => page.getByRole("dialog").count()).toBe(0);
    expect(page.url()).toContain("view=table");
  });

  it("sorts without JavaScript: the headers are plain links", async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    await plain.addCookies(await context.cookies());
    const tab = await plain.newPage();
    await tab.goto(jobUrl("?view=table"));
    await table(tab).getByRole("link", { name: "Badges" }).click();
    await tab.waitForURL("**sort=badges&dir=desc**");
    const badges = (await column("Badges", tab)).map(Number);
    expect(badges).toEqual([...badges].sort((a, b) => b - a));
    expect((await column("Name", tab))[0]).toBe("Zoë Ångström");
    await plain.close();
  });

  it("sets two candidates to Contacted at once, and the change is saved", async () => {
    await page.goto(jobUrl("?view=table"));
    const chosen = ["Bob Short", "Carla Mid"];
    for (const name of chosen) await page.getByLabel(`Select ${name}`).check();
    await eventually(() => page.getByRole("group", { name: "Change the status of the selected candidates" }).textContent()).toContain(
      "2 candidates selected",
    );
    await page.getByLabel("Set their status to").selectOption("CONTACTED");
    await page.getByRole("button", { name: "Apply" }).click();
    await eventually(() => page.getByRole("status").textContent()).toBe("2 candidates set to Contacted.");

    await page.reload();
    for (const name of chosen) expect(await page.getByLabel(`Status of ${name}`).inputValue()).toBe("CONTACTED");
    expect(await page.getByLabel("Status of Dan Low").inputValue()).toBe("PENDING");
    const ids = await bodyRows().evaluateAll(
      (rows, names) =>
        rows.filter((row) => names.includes(row.querySelector("th")!.textContent!)).map((row) => row.getAttribute("data-candidate-id")!),
      chosen,
    );
    for (const id of ids) expect(await statusOf(id)).toBe("CONTACTED");

    // "Select all" chooses every row of its table.
    await page.getByLabel("Select all: Ranked candidates").check();
    await eventually(() => page.getByRole("group", { name: "Change the status of the selected candidates" }).textContent()).toContain(
      "7 candidates selected",
    );
    await page.getByLabel("Select all: Ranked candidates").uncheck();
    await eventually(() => page.getByRole("group", { name: "Change the status of the selected candidates" }).textContent()).toContain(
      "0 candidates selected",
    );
  });

  it("downloads the whole list as CSV: the table's columns, every candidate, formulas defused", async () => {
    await page.goto(jobUrl("?view=table&status=CONTACTED"));
    const link = page.getByRole("link", { name: /Download CSV/ });
    expect(await link.textContent()).toContain("whole list, 7 candidates");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("frontend-engineer-payments-candidates.csv");
    const bytes = fs.readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    expect(rows[0]).toEqual([
      "Rank",
      "Name",
      "Headline",
      "Match score",
      "Skills",
      "Domains",
      "Experience",
      "Feedback",
      "Quizzes",
      "Progression",
      "Badges",
      "Relevance",
      "Status",
    ]);
    expect(rows).toHaveLength(8);
    expect(rows.slice(1).map((row) => row[0])).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    const names = rows.slice(1).map((row) => row[1]);
    expect(names).toContain("Zoë Ångström");
    expect(names).toContain(`'${EVIL}`);
    expect(
      rows
        .filter((row) => row[12] === "Contacted")
        .map((row) => row[1])
        .sort(),
    ).toEqual(["Bob Short", "Carla Mid"]);
    expect(rows.slice(1).map((row) => Number(row[3]))).toEqual(job.matches.map((match) => match.matchScore));

    const response = await page.request.get(jobUrl("/export"));
    expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe('attachment; filename="frontend-engineer-payments-candidates.csv"');
    // Another workspace's job is not found; a signed-out request goes to sign in.
    expect((await page.request.get(`${app.url}/w/beta/jobs/${betaJob.jobId}/export`)).status()).toBe(404);
    expect((await page.request.get(`${app.url}/w/acme/jobs/${betaJob.jobId}/export`)).status()).toBe(404);
    const anonymous = await fetch(jobUrl("/export"), { redirect: "manual" });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(`/w/acme/jobs/${job.jobId}`)}`);
  });

  it("scrolls sideways inside its own labelled region on a phone, saying so", async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(jobUrl("?view=table"));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const region = phone.getByRole("region", { name: /^Ranked candidates/ });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    expect(await phone.getByText("Scroll sideways for every column →").first().isVisible()).toBe(true);
    expect(await accessibilityViolations(phone), "accessibility of the table on a phone").toEqual([]);
    await phone
      .getByText("Scroll sideways for every column →")
      .first()
      .evaluate((cue) => cue.scrollIntoView());
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await phone.screenshot({ path: path.join(SCREENSHOTS, "table-02-phone.png"), fullPage: false });
    await phone.close();
  });
});
