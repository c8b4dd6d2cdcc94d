import { describe, expect, it } from "vitest";
import { resolveClientAddress } from "../../../lib/http/client-address";
import { isProxyEntry, trustedProxies } from "../../../lib/http/trusted-proxies";

describe("the client's address", () => {
  const none = trustedProxies([]);
  const proxies = trustedProxies(["10.0.0.0/8", "127.0.0.2", "fd00::/8"]);

  it("is the socket's when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("203.0.113.9", "198.51.100.7", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4", none)).toBe("127.0.0.1");
    expect(resolveClientAddress("203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  it("is read from the right past trusted proxies, never from what a client wrote further left", () => {
    expect(resolveClientAddress("10.1.2.3", "198.51.100.7, 203.0.113.66", proxies)).toBe("203.0.113.66");
    expect(resolveClientAddress("10.1.2.3", "198.51.100.7, 203.0.113.66, 10.9.9.9", proxies)).toBe("203.0.113.66");
    expect(resolveClientAddress("::ffff:127.0.0.2", "192.0.2.1", proxies)).toBe("192.0.2.1");
    expect(resolveClientAddress("fd00::1", "2001:db8::5", proxies)).toBe("2001:db8::5");
  });

  it("stops at the last trusted hop when the chain holds garbage or only proxies", () => {
    expect(resolveClientAddress("10.1.2.3", "not-an-address", proxies)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", "198.51.100.7, junk, 10.0.0.5", proxies)).toBe("10.0.0.5");
    expect(resolveClientAddress("10.1.2.3", undefined, proxies)).toBe("10.1.2.3");
    expect(resolveClientAddress("10.1.2.3", "10.0.0.4", proxies)).toBe("10.0.0.4");
  });

  it("accepts IP addresses and CIDR ranges as trusted proxies, nothing else", () => {
    for (const entry of ["127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8", "0.0.0.0/0"]) expect(isProxyEntry(entry), entry).toBe(true);
    for (const entry of ["localhost", "10.0.0.0/33", "10.0.0.0/", "fd00::/129", "10.0.0.0/8/8", "*", "10.0.0.0/x"])
      expect(isProxyEntry(entry), entry).toBe(false);
  });
});
