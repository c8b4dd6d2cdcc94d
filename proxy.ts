import { randomBytes } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { undecodablePathResponse } from "@/lib/api/undecodable-path";
import { env } from "@/lib/env";
import { pageContentSecurityPolicy, STRICT_TRANSPORT_SECURITY } from "@/lib/security/security-headers";

const https = env.APP_URL?.startsWith("https://") ?? false;

/**
 * Before routing: a path that does not percent-decode is refused (lib/api/undecodable-path.ts);
 * a page gets its Content-Security-Policy with a fresh nonce, which Next.js reads from the
 * request's copy of the header and puts on the scripts it renders; and, when the public origin
 * is https, every answer gets HSTS.
 */
export function proxy(request: NextRequest) {
  const response = undecodablePathResponse(request.url) ?? (isApi(request.nextUrl.pathname) ? NextResponse.next() : withNonce(request));
  if (https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

const isApi = (pathname: string) => pathname === "/api" || pathname.startsWith("/api/");

function withNonce(request: NextRequest): NextResponse {
  const policy = pageContentSecurityPolicy({ nonce: randomBytes(16).toString("base64"), https, development: env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Every path but Next.js's static files, for requests without a body: a proxy that matches a
// request with a body makes Next.js read all of that body (buffering up to 10 MB) before the
// route runs, defeating the routes' own limits. Paths holding a percent sign, the only ones that
// can fail to decode, are matched whatever the request carries.
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
  ],
};
