import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import { env } from "../env";
import { trustedProxies } from "./trusted-proxies";

// The address a request came from, as the per-address limits count it. Next.js hands route
// handlers and server actions no socket, and fills X-Forwarded-For with the peer's address only
// when the client sent none, so a client could name any address. The server's own request event
// is the one place that sees the socket: there the address is resolved and written into a header
// whose name is drawn per process (a client cannot send it, even to requests queued at start-up).

const shared = globalThis as unknown as { __clientAddressHeader?: string };

/** Strips IPv6's form of an IPv4 address (`::ffff:127.0.0.1`), as the socket reports it. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

/**
 * The client's address: the peer's, unless the peer is a proxy the operator trusts
 * (TRUSTED_PROXIES); then X-Forwarded-For is read from the right, skipping trusted proxies, and the
 * first address not trusted is the client's (what a client writes further left is never believed).
 */
export function resolveClientAddress(
  peer: string,
  forwardedFor: string | undefined,
  trusted = trustedProxies(env.TRUSTED_PROXIES),
): string {
  let client = plain(peer);
  if (!trusted.has(client)) return client;
  const hops = (forwardedFor ?? "").split(",").map((hop) => plain(hop.trim()));
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index]!;
    if (net.isIP(hop) === 0) return client;
    client = hop;
    if (!trusted.has(hop)) return hop;
  }
  return client;
}

/** Installs the stamping of every HTTP request this process serves (instrumentation.ts, at start-up). */
export function stampClientAddresses(): void {
  if (shared.__clientAddressHeader) return;
  const name = `x-client-address-${randomBytes(8).toString("hex")}`;
  shared.__clientAddressHeader = name;
  type Emit = (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  const emit = http.Server.prototype.emit as Emit;
  const stamping: Emit = function (event, ...args) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      const forwarded = request.headers["x-forwarded-for"];
      request.headers[name] = resolveClientAddress(
        request.socket.remoteAddress ?? "",
        Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
      );
    }
    return emit.call(this, event, ...args);
  };
  http.Server.prototype.emit = stamping as typeof http.Server.prototype.emit;
}

/** The client address of a request's headers; "unknown" outside a server that stamps them. */
export function clientAddress(headers: Headers | undefined | null): string {
  const name = shared.__clientAddressHeader;
  return (name && headers?.get(name)) || "unknown";
}

/** The stamped header's name, for better-auth to record sessions' addresses (undefined outside the server). */
export const clientAddressHeader = (): string | undefined => shared.__clientAddressHeader;
