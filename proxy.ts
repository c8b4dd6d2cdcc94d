import { NextResponse, type NextRequest } from "next/server";
import { undecodablePathResponse } from "@/lib/api/undecodable-path";

export function proxy(request: NextRequest) {
  return undecodablePathResponse(request.url) ?? NextResponse.next();
}

// Only paths holding a percent sign can fail to decode; every other request skips the proxy.
export const config = { matcher: ["/api/:path(.*%.*)", "/w/:path(.*%.*)"] };
