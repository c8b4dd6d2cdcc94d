import net from "node:net";

export type TrustedProxies = { has(address: string): boolean };

const cache = new Map<string, TrustedProxies>();

/** Whether an entry of TRUSTED_PROXIES is an IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`). */
export function isProxyEntry(entry: string): boolean {
  const [address = "", bits, ...rest] = entry.split("/");
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/** The set of proxies whose X-Forwarded-For is believed (none: an empty list). */
export function trustedProxies(entries: readonly string[]): TrustedProxies {
  const key = entries.join(",");
  const cached = cache.get(key);
  if (cached) return cached;
  const list = new net.BlockList();
  for (const entry of entries) {
    const [address = "", bits] = entry.split("/");
    const family = net.isIP(address) === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(bits), family);
  }
  const trusted = { has: (address: string) => net.isIP(address) !== 0 && list.check(address, net.isIP(address) === 4 ? "ipv4" : "ipv6") };
  cache.set(key, trusted);
  return trusted;
}
