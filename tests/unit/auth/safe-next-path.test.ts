import { describe, expect, it } from "vitest";
import { safeNextPath } from "../../../lib/auth/safe-next-path";

describe("where sign-in sends a recruiter next", () => {
  it("keeps a path of this site", () => {
    expect(safeNextPath("/w/acme/jobs/123?status=REJECTED")).toBe("/w/acme/jobs/123?status=REJECTED");
    expect(safeNextPath("/")).toBe("/");
  });

  it("never sends them to another host, or anywhere odd", () => {
    for (const value of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "evil",
      "/ spaced",
      "",
      undefined,
      ["/w/acme"],
      "/\u0001x",
      "/x\r\nSet-Cookie: a=1",
      "/\u007f",
      "/caf\u00e9",
      "/\ud800",
    ]) {
      expect(safeNextPath(value), String(value)).toBe("/");
    }
  });
});
