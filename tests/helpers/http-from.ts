import http from "node:http";

export type FromAnswer = { status: number; headers: http.IncomingHttpHeaders; text: string };

/**
 * An HTTP request sent from a given loopback address (127.0.0.0/8 is all this machine's), so a
 * test can be several clients, or a proxy and its clients, as the server sees their sockets.
 */
export async function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | FormData } = {},
): Promise<FromAnswer> {
  // FormData is encoded as fetch would (multipart with a boundary), then sent as bytes.
  const encoded = init.body instanceof FormData ? new Request(url, { method: "POST", body: init.body }) : null;
  const body = encoded ? Buffer.from(await encoded.arrayBuffer()) : init.body;
  const headers = { ...(encoded ? { "Content-Type": encoded.headers.get("content-type")! } : {}), ...init.headers };
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? "GET", headers, localAddress }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}
