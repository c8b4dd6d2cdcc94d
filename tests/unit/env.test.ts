import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";

const SIGNING_KEY = "signkey-prod-0123456789abcdef";

describe("APP_URL, the app's public origin", () => {
  it("is kept as an origin, and refused with a path, a query, or another scheme", () => {
    expect(parseEnv({ APP_URL: "https://match.example.com/" }).APP_URL).toBe("https://match.example.com");
    expect(parseEnv({ APP_URL: "http://127.0.0.1:3000" }).APP_URL).toBe("http://127.0.0.1:3000");
    for (const bad of ["https://match.example.com/app", "https://match.example.com/?a=1", "ftp://match.example.com", "match.example.com"]) {
      expect(() => parseEnv({ APP_URL: bad }), bad).toThrow(/APP_URL: must be/);
    }
  });

  it("is required in production when the app serves Inngest, since Inngest must never be told a URL taken from a request", () => {
    expect(() => parseEnv({ NODE_ENV: "production", INNGEST_SIGNING_KEY: SIGNING_KEY })).toThrow(
      /APP_URL: is required in production when INNGEST_SIGNING_KEY is set/,
    );
    expect(parseEnv({ NODE_ENV: "production", INNGEST_SIGNING_KEY: SIGNING_KEY, APP_URL: "https://match.example.com" }).APP_URL).toBe(
      "https://match.example.com",
    );
    // Not serving Inngest, on the Dev Server, or in development: not needed.
    expect(parseEnv({ NODE_ENV: "production" }).APP_URL).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "production", INNGEST_SIGNING_KEY: SIGNING_KEY, INNGEST_DEV: "1" }).APP_URL).toBeUndefined();
    expect(parseEnv({ NODE_ENV: "development", INNGEST_SIGNING_KEY: SIGNING_KEY }).APP_URL).toBeUndefined();
  });

  it("is the only name of the origin: a BETTER_AUTH_URL left from before is refused, naming its new name", () => {
    expect(() => parseEnv({ BETTER_AUTH_URL: "https://match.example.com" })).toThrow(/BETTER_AUTH_URL: is now APP_URL/);
    expect(parseEnv({ BETTER_AUTH_URL: "", APP_URL: "https://match.example.com" }).APP_URL).toBe("https://match.example.com");
  });
});
