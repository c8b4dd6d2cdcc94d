/**
 * Headers on every answer, pages, API and static files alike (set in next.config.ts, so they
 * also reach answers the proxy does not see): no MIME sniffing, no framing, no full URL sent to
 * other sites. Pages add a per-request Content-Security-Policy (pageSecurityHeaders).
 */
export const STATIC_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
];

/** The API answers JSON only: nothing in it may load, run or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

type Options = { nonce: string; https: boolean; development: boolean };

/**
 * A page's policy: scripts only with this request's nonce (Next.js puts it on its own scripts,
 * and 'strict-dynamic' lets those load the app's chunks), so an injected inline script or a
 * script from elsewhere never runs; styles from the app and style attributes (score bars);
 * nothing from other origins; no framing. React needs eval in development only.
 */
export function pageContentSecurityPolicy({ nonce, https, development }: Options): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** HSTS, for a year, once the app's public origin is https (a browser ignores it over http anyway). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000";
