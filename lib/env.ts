import { z } from "zod";

// The only reader of process.env. Everything else imports `env` and gets validated, typed values.

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

export const DEFAULT_DATABASE_URL = "pglite:./.data/pglite";

const databaseUrl = z
  .string()
  .refine((url) => /^(postgres|postgresql):\/\//.test(url) || url.startsWith("pglite:"), {
    message: "must be a postgresql:// URL or pglite:<directory> (pglite:memory:// for a throw-away database)",
  });

const schema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z.preprocess(emptyAsUnset, databaseUrl.default(DEFAULT_DATABASE_URL)),
  TEST_DATABASE_URL: z.preprocess(emptyAsUnset, databaseUrl.optional()),
});

export type Env = z.infer<typeof schema>;

function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}\nSee .env.example.`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
