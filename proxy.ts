import { NextResponse, type NextRequest } from "next/server";
import { undecodablePathResponse } from "@/lib/api/undecodable-path";
import { undecodableActionResponse } from "@/lib/http/undecodable-action";

export async function proxy(request: NextRequest) {
  return undecodablePathResponse(request.url) ?? (await undecodableActionResponse(request)) ?? NextResponse.next();
}

// Only paths holding a percent sign can fail to decode, and only server action calls carry
// arguments to decode; every other request skips the proxy.
export const config = {
  matcher: ["/api/:path(.*%.*)", "/w/:path(.*%.*)", { source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
