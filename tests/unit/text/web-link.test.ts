import { describe, expect, it } from "vitest";
import { webLink } from "../../../lib/text/web-link";

describe("a portfolio URL as a link", () => {
  it("links web pages only", () => {
    expect(webLink("https://example.com/work")).toBe("https://example.com/work");
    expect(webLink(" http://example.com ")).toBe("http://example.com/");
    for (const unsafe of [
      "javascript:alert(1)",
      "JavaScript:alert(1)",
      "data:text/html,<b>x</b>",
      "mailto:a@b.c",
      "ftp://example.com",
      "example.com/work",
      "//example.com",
      "",
    ]) {
      expect(webLink(unsafe), unsafe).toBeNull();
    }
  });
});
