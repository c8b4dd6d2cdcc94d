import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { undecodablePathResponse } from "@/lib/api/undecodable-path";
import { env } from "@/lib/env";
import { undecodableActionResponse } from "@/lib/http/undecodable-action";
import { pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/security/security-headers";

const https = env.APP_URL?.startsWith("https://") ?? false;

/**
 * Before routing: a path that does not percent-decode is refused (lib/api/undecodable-path.ts),
 * and so is a server action call whose arguments React cannot decode
 * (lib/http/undecodable-action.ts); a page gets its Content-Security-Policy with a fresh nonce,
 * which Next.js reads from the request's copy of the header and puts on the scripts it renders;
 * and, when the public origin is https, every answer gets HSTS.
 */
export async function proxy(request: NextRequest) {
  const response =
    undecodablePathResponse(request.url) ??
    (await undecodableActionResponse(request)) ??
    (isApi(request.nextUrl.pathname) ? NextResponse.next() : withNonce(request));
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function withNonce(request: NextRequest): NextResponse {
  const policy = pageContentSecurityPolicy({
    nonce: randomBytes(16).toString("base64"),
    https,
    development: env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// A proxy that matches a request with a body makes Next.js read all of that body (buffering up
// to 10 MB) before the route runs, defeating the routes' own limits. So the proxy matches:
// - every path but Next.js's static files, for requests without a body (the page policy, HSTS);
// - paths holding a percent sign, the only ones that can fail to decode, whatever they carry;
// - server action calls declaring at most 999,999 bytes (six digits), whose arguments it must
//   read to check: a browser always declares the length, and the check refuses anything over
//   64 KB at once, so Next.js drains at most that megabyte. A chunked or larger call is left to
//   Next.js's own limit (next.config.ts), which stops reading early.
export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "content-length" },
        { type: "header", key: "transfer-encoding" },
      ],
    },
    "/api/:path(.*%.*)",
    "/w/:path(.*%.*)",
    {
      source: "/:path*",
      has: [
        { type: "header", key: "next-action" },
        { type: "header", key: "content-length", value: "\\d{1,6}" },
      ],
    },
  ],
};
