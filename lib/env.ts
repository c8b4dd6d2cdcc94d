import { z } from "zod";
import { isProxyEntry } from "./http/trusted-proxies";

// The only reader of process.env. Everything else imports `env` and gets validated, typed values.

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

export const DEFAULT_DATABASE_URL = "pglite:./.data/pglite";

const databaseUrl = z.string().refine((url) => /^(postgres|postgresql):\/\//.test(url) || url.startsWith("pglite:"), {
  message: "must be a postgresql:// URL or pglite:<directory> (pglite:memory:// for a throw-away database)",
});

// INNGEST_DEV as the Inngest SDK reads it: "1"/"true" for the Dev Server on its default URL,
// a URL for one elsewhere, "0"/"false" (or unset) for Inngest Cloud or a self-hosted server.
const inngestDev = z
  .union([z.enum(["1", "true", "0", "false"]), z.url()], { error: 'must be "1", "0" or the Dev Server\'s URL' })
  .transform((value) => {
    if (value === "1" || value === "true") return { enabled: true, url: undefined };
    if (value === "0" || value === "false") return { enabled: false, url: undefined };
    return { enabled: true, url: value };
  });

// TRUSTED_PROXIES: comma-separated addresses and CIDR ranges of the reverse proxies in front of
// the app, whose X-Forwarded-For is believed; none by default.
const trustedProxies = z
  .string()
  .default("")
  .transform((list) =>
    list
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.every(isProxyEntry), {
    message: "must be IP addresses or CIDR ranges, comma-separated (e.g. 10.0.0.0/8,127.0.0.1)",
  });

// The app's public origin, as browsers and Inngest reach it: scheme, host and port, nothing else.
const publicOrigin = z
  .url({ protocol: /^https?$/, error: "must be the app's public URL, such as https://match.example.com" })
  .refine((value) => URL.canParse(value) && new URL(value).href === `${new URL(value).origin}/`, {
    message: "must be an origin only (https://host[:port]), without a path, query or fragment",
    abort: true,
  })
  .transform((value) => new URL(value).origin);

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.preprocess(emptyAsUnset, databaseUrl.default(DEFAULT_DATABASE_URL)),
  INNGEST_DEV: z.preprocess(emptyAsUnset, inngestDev.optional()),
  INNGEST_EVENT_KEY: z.preprocess(emptyAsUnset, z.string().min(1).optional()),
  INNGEST_SIGNING_KEY: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^signkey-[a-z]+-[0-9a-f]+$/i, 'must look like "signkey-prod-<hex>"')
      .optional(),
  ),
  INNGEST_SIGNING_KEY_FALLBACK: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^signkey-[a-z]+-[0-9a-f]+$/i)
      .optional(),
  ),
  INNGEST_BASE_URL: z.preprocess(emptyAsUnset, z.url().optional()),
  BETTER_AUTH_SECRET: z.preprocess(emptyAsUnset, z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional()),
  APP_URL: z.preprocess(emptyAsUnset, publicOrigin.optional()),
  // Renamed APP_URL. Left set, better-auth would still read it on its own whenever APP_URL is not,
  // while Inngest would be told nothing: refused, so the app's origin has one source.
  BETTER_AUTH_URL: z.preprocess(emptyAsUnset, z.undefined({ error: "is now APP_URL, the app's public origin: rename it" })),
  API_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100_000).default(600)),
  ADDRESS_RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100_000).default(120)),
  TRUSTED_PROXIES: z.preprocess(emptyAsUnset, trustedProxies),
  RECALCULATION_QUEUE_PER_WORKSPACE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(1_000).default(4)),
  GEMINI_API_KEY: z.preprocess(emptyAsUnset, z.string().min(1).optional()),
  GEMINI_MODEL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]*$/i, 'must be a model id such as "gemini-3.8-flash"')
      .default("gemini-3.8-flash"),
  ),
  // Unset: no sampling parameter is sent. Google advises leaving Gemini 3 models at their own
  // default (lower values can make them loop), and newer 3.x Flash models deprecate the parameter.
  GEMINI_TEMPERATURE: z.preprocess(emptyAsUnset, z.coerce.number().min(0).max(2).optional()),
  GEMINI_THINKING_LEVEL: z.preprocess(emptyAsUnset, z.enum(["MINIMAL", "LOW", "MEDIUM", "HIGH"]).optional()),
  GEMINI_BASE_URL: z.preprocess(emptyAsUnset, z.url().optional()),
  GEMINI_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(100).max(600_000).default(60_000)),
  GEMINI_MAX_CONCURRENCY: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100).default(4)),
  GEMINI_REQUESTS_PER_MINUTE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100_000).default(60)),
  GEMINI_MAX_RETRIES: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(10).default(3)),
});

// Inngest syncs the app at the URL the app names; taken from a request, that would be whatever
// Host the request claimed. Serving Inngest in production therefore needs the origin configured.
const checked = schema.superRefine((env, context) => {
  if (env.NODE_ENV === "production" && env.INNGEST_SIGNING_KEY && !env.INNGEST_DEV?.enabled && !env.APP_URL) {
    context.addIssue({
      code: "custom",
      path: ["APP_URL"],
      message: "is required in production when INNGEST_SIGNING_KEY is set: the public URL Inngest reaches the app at",
    });
  }
});

export type Env = z.infer<typeof schema>;

/** The environment `source` describes, validated; throws naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = checked.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
