import fs from "node:fs";
// yaml is not a dependency of ours: inngest and the OpenAPI validator bring it, and this test only
// reads docker-compose.yml with it (no Docker runs here to read it for us).
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";

// docker-compose.yml cannot be run where the tests run (no Docker daemon, no registry): its
// structure is checked instead, against the app's own rules (lib/env.ts, .env.example) and the
// proxy's configuration.

type Service = {
  image?: string;
  build?: unknown;
  pull_policy?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  network_mode?: string;
  ports?: string[];
};
type Compose = { services: Record<string, Service>; networks: { default: { ipam: { config: { subnet: string }[] } } } };

const compose = parse(fs.readFileSync("docker-compose.yml", "utf8"), { merge: true }) as Compose;
const services = compose.services;
const appImage = services.app1!.image;
/** The services that run the app's image: the migration and every app process. */
const appServices = Object.keys(services).filter((name) => services[name]!.image === appImage);
/** The app processes: those that run the image's own command, `next start`. */
const processes = appServices.filter((name) => services[name]!.command === undefined);
const APP = services.app1!.environment!;

/** The environment a container gets: compose's ${NAME:-default} resolved to the default, ${NAME:?…} to a value. */
const resolved = (environment: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      value.replace(/\$\{\w+:-([^}]*)\}/g, "$1").replace(/\$\{\w+:\?[^}]*\}/g, "x".repeat(32)),
    ]),
  );

describe("docker-compose.yml", () => {
  it("runs PostgreSQL, a one-shot migration, two app processes, a proxy and the Inngest Dev Server", () => {
    expect(Object.keys(services).sort()).toEqual(["app1", "app2", "inngest", "migrate", "postgres", "proxy"]);
    expect(processes).toEqual(["app1", "app2"]);
    expect(services.migrate!.command).toEqual(["npm", "run", "db:migrate"]);
    expect(services.postgres!.image).toMatch(/^postgres:/);
    expect(services.inngest!.image).toMatch(/^inngest\/inngest/);
  });

  it("runs one build everywhere: one service builds the image, the others never pull or build their own", () => {
    expect(Object.keys(services).filter((name) => services[name]!.build !== undefined)).toEqual(["app1"]);
    for (const name of appServices.filter((name) => name !== "app1")) expect(services[name]!.pull_policy, name).toBe("never");
    expect(fs.readFileSync("Dockerfile", "utf8")).toMatch(/^RUN npm run build/m);
  });

  it("gives the migration and every app process the same database, on the postgres service, and settings the app accepts", () => {
    const urls = new Set(appServices.map((name) => services[name]!.environment!.DATABASE_URL));
    expect(urls.size).toBe(1);
    expect(new URL(resolved(APP).DATABASE_URL!).host).toBe("postgres:5432");
    for (const name of appServices) expect(services[name]!.environment, name).toEqual(APP);
    const listed = [...fs.readFileSync(".env.example", "utf8").matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]);
    expect(Object.keys(APP).filter((name) => !listed.includes(name))).toEqual([]);
    expect(() => parseEnv({ NODE_ENV: "production", ...resolved(APP) })).not.toThrow();
  });

  it("starts the app processes after the migration, and the proxy after the app processes", () => {
    expect(services.migrate!.depends_on).toEqual({ postgres: { condition: "service_healthy" } });
    for (const name of processes)
      expect(services[name]!.depends_on, name).toEqual({ migrate: { condition: "service_completed_successfully" } });
    expect(Object.keys(services.proxy!.depends_on!).sort()).toEqual(processes);
  });

  it("balances the proxy over exactly the app processes, on the port APP_URL names", () => {
    const nginx = fs.readFileSync("deploy/nginx.conf", "utf8");
    const upstream = [...nginx.matchAll(/^\s*server (\S+):3000;/gm)].map((match) => match[1]);
    expect(upstream).toEqual(processes);
    const port = new URL(APP.APP_URL!).port;
    expect(nginx).toMatch(new RegExp(`listen ${port};`));
    expect(services.proxy!.ports).toContain(`${port}:${port}`);
  });

  it("has the Dev Server call APP_URL, the URL the app registers, from the proxy's network", () => {
    expect(services.inngest!.network_mode).toBe("service:proxy");
    const [, , flag, url] = services.inngest!.command!;
    expect(flag).toBe("-u");
    expect(url).toBe(`${APP.APP_URL}/api/inngest`);
    expect(new URL(APP.INNGEST_DEV!).host).toBe("proxy:8288");
    expect(services.proxy!.ports).toContain("8288:8288");
  });

  it("trusts X-Forwarded-For from its own network only", () => {
    expect(APP.TRUSTED_PROXIES).toBe(compose.networks.default.ipam.config[0]!.subnet);
  });

  it("keeps secrets and local state out of the image", () => {
    const ignored = fs.readFileSync(".dockerignore", "utf8").split("\n");
    for (const entry of [".env", ".env.*", "!.env.example", "node_modules", ".next", ".data"]) expect(ignored, entry).toContain(entry);
  });
});
