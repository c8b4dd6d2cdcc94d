import { describe, expect, it } from "vitest";
import { browserCandidates, type BrowserSearch } from "../helpers/find-browser";

const search = (installed: string[], overrides: Partial<BrowserSearch> = {}): BrowserSearch => ({
  platform: "linux",
  arch: "x64",
  playwrightPath: "/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome",
  exists: (file) => installed.includes(file),
  ...overrides,
});
const sources = (s: BrowserSearch) => browserCandidates(s).map((c) => `${c.source} ${c.executablePath ?? ""}`.trim());

describe("the browser tests' browser", () => {
  it("tries a system browser, then Playwright's own, then the bundled Chromium, in that order", () => {
    const all = search(["/usr/bin/google-chrome", "/usr/bin/chromium", "/home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome"]);
    expect(sources(all)).toEqual([
      "system /usr/bin/chromium",
      "system /usr/bin/google-chrome",
      "playwright /home/me/.cache/ms-playwright/chromium-1200/chrome-linux/chrome",
      "bundled",
    ]);
  });

  it("falls back to the bundled Chromium on a Linux x64 machine with none installed", () => {
    expect(sources(search([]))).toEqual(["bundled"]);
  });

  it("uses CHROMIUM_PATH alone when it is set, even where other browsers exist", () => {
    expect(sources(search(["/usr/bin/chromium"], { chromiumPath: "/opt/chrome/chrome" }))).toEqual(["CHROMIUM_PATH /opt/chrome/chrome"]);
  });

  it("TEST_BROWSER picks one source, so CI can prove the fallback on a machine that has Chromium", () => {
    expect(sources(search(["/usr/bin/chromium"], { only: "bundled" }))).toEqual(["bundled"]);
    expect(sources(search(["/usr/bin/chromium"], { only: "auto" }))).toEqual(["system /usr/bin/chromium", "bundled"]);
    expect(() => browserCandidates(search([], { only: "firefox" }))).toThrow(
      'TEST_BROWSER="firefox" is none of auto, system, playwright, bundled',
    );
  });

  it("finds Chrome on macOS and Windows, where nothing is bundled", () => {
    const chrome = "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
    expect(sources(search([chrome], { platform: "darwin", arch: "arm64" }))).toEqual([`system ${chrome}`]);
    const windows = "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe";
    expect(sources(search([windows], { platform: "win32", windowsFolders: ["C:\\Program Files"] }))).toEqual([`system ${windows}`]);
    expect(sources(search([], { platform: "linux", arch: "arm64" }))).toEqual([]);
  });
});
