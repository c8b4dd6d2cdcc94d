import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { snapshotDatabase, type DatabaseSnapshot } from "../helpers/database-snapshot";
import { requestFrom } from "../helpers/http-from";
import { inngestRunBody, inngestSignature, INNGEST_RUN_TARGET, TEST_SIGNING_KEY } from "../helpers/inngest-signature";
import { serverActionIds, signIn, tenantClient } from "../helpers/isolation-client";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";
import { buildConcurrencyWorld, CONCURRENCY_SERVER_ENV, expectBurstOutcome, sendBurst, type ConcurrencyWorld } from "./concurrency-world";
import { answerMatrix, cursorsOf, differences, isolationServerEnv, leaks, type MatrixAnswers } from "./isolation-checks";
import { attempts, type Attempt } from "./isolation-matrix";
import { buildWorld, PASSWORD, type World } from "./isolation-world";

// Two `next start` processes of one build on one PostgreSQL database, every request sent to the
// next of them in turn as a round-robin load balancer does (docs/deployment.md): the concurrency
// burst and the isolation matrix, with the same checks as against one process, plus a client
// address's budget and the Inngest replay ledger, each shared by both. shared-limits.test.ts shows
// the per-key limit and the sign-in throttle shared the same way.
const kind = inject("databaseTemplate").kind;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-multi-process-"));

/** Both processes, started at once: the one build, the same settings. */
const twoProcesses = (env: Record<string, string>) => Promise.all([startNext(env), startNext(env)]);
const stopAll = (servers: readonly NextServer[]) => Promise.all(servers.map((server) => server.stop()));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(kind !== "postgres")("two app processes on one PostgreSQL (skipped on PGlite: it serves one process)", () => {
  describe("recalculations and status changes sent to both processes at once", () => {
    let url: string;
    let drop: () => Promise<void>;
    let world: ConcurrencyWorld;
    let servers: NextServer[] = [];
    beforeAll(async () => {
      ({ url, drop } = await createDatabaseUrl(dir));
      world = await withDatabase(url, buildConcurrencyWorld);
      servers = await twoProcesses({
        DATABASE_URL: url,
        ...CONCURRENCY_SERVER_ENV,
        ADDRESS_RATE_LIMIT_PER_MINUTE: "10",
        INNGEST_SIGNING_KEY: TEST_SIGNING_KEY,
      });
    });
    afterAll(async () => {
      await stopAll(servers);
      await drop();
    });

    it("keeps every acknowledged decision, writes no duplicate row or rank, and leaves each job's correct list", async () => {
      const started = performance.now();
      const answers = await sendBurst(
        servers.map((server) => server.url),
        world,
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.info(`[multi-process] 40 recalculations and ${world.changes.length} status changes over two processes in ${seconds} s`);
      await withDatabase(url, (db) => expectBurstOutcome(db, world, answers));
    });

    it("counts one client address's requests to both processes against one budget", async () => {
      const seen: number[] = [];
      for (let index = 0; index < 14; index++) seen.push((await requestFrom("127.0.0.21", `${servers[index % 2]!.url}/api/health`)).status);
      expect(seen).toEqual([...Array.from({ length: 10 }, () => 200), 429, 429, 429, 429]);
    });

    it("runs a signed Inngest request once when both processes receive it at the same instant", async () => {
      const gigId = world.jobs.get("j-hot")!;
      const { workspaceId } = await withDatabase(url, (db) => db.job.findUniqueOrThrow({ where: { id: gigId } }));
      const body = inngestRunBody({ gigId, workspaceId, triggeredBy: "two-processes" });
      const signature = inngestSignature(body);
      const answers = await Promise.all(
        servers.map((server) =>
          fetch(`${server.url}${INNGEST_RUN_TARGET}`, {
            method: "POST",
            headers: { "Content-Type": "application/json", "X-Inngest-Signature": signature },
            body,
          }),
        ),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([206, 401]);
      const refused = answers.find((answer) => answer.status === 401)!;
      expect(await refused.json()).toMatchObject({ error: { code: "replayed_request" } });
      expect(await withDatabase(url, (db) => db.matchingRun.count({ where: { trigger: "two-processes" } }))).toBe(1);
    });
  });

  describe("tenant B against tenant A, requests spread over both processes", () => {
    let url: string;
    let drop: () => Promise<void>;
    let world: World;
    let servers: NextServer[] = [];
    let matrix: Attempt[];
    let answers: MatrixAnswers;
    let before: DatabaseSnapshot;
    let after: DatabaseSnapshot;
    beforeAll(async () => {
      ({ url, drop } = await createDatabaseUrl(dir));
      world = await withDatabase(url, buildWorld);
      servers = await twoProcesses(isolationServerEnv(url));
    });
    afterAll(async () => {
      await stopAll(servers);
      await drop();
    });

    it("keeps a session and a decision made on one process on the other", async () => {
      const urls = servers.map((server) => server.url);
      // Alice signs in on the first process; her client then alternates between both.
      const alice = tenantClient(urls, { cookie: await signIn(urls[0]!, "alice@acme.test", PASSWORD) });
      const changed = await alice.action(`/w/acme/jobs/${world.jobA}`, serverActionIds().changeStatus!, [
        "acme",
        world.otherMatchingA,
        "VIEWED",
      ]);
      expect(changed.result).toEqual({ ok: true });
      for (const base of urls) {
        const read = await tenantClient(base, { key: world.keyA }).get(`/api/matching/${world.otherMatchingA}`);
        expect(read.body, base).toContain('"status":"VIEWED"');
      }
      const page = await alice.get(`/w/acme/jobs/${world.jobA}?candidate=${world.candidateA}`);
      expect(page.status).toBe(200);
      expect(page.body).toContain("Acmeonly Person");
    });

    describe("B's attempts", () => {
      beforeAll(async () => {
        const urls = servers.map((server) => server.url);
        const cursorA = await cursorsOf(tenantClient(urls, { key: world.keyA }), world.jobA);
        // Bob signs in on the second process; B's clients alternate, so an attempt and its
        // "does not exist" twin are answered by different processes.
        const tenants = {
          b: tenantClient(urls, { key: world.keyB }),
          bob: tenantClient(urls, { cookie: await signIn(urls[1]!, "bob@beta.test", PASSWORD) }),
          actions: serverActionIds(),
        };
        // On PostgreSQL the database can be read while the servers run: nothing else writes meanwhile.
        before = await withDatabase(url, snapshotDatabase);
        matrix = attempts(world, tenants, cursorA);
        answers = await answerMatrix(matrix);
        after = await withDatabase(url, snapshotDatabase);
      });

      it("answers B on either process exactly as for something that does not exist", () => {
        expect(differences(matrix, answers)).toEqual([]);
      });

      it("never shows B anything of A, in bodies or headers", async () => {
        expect(await leaks(matrix, answers, world.secrets)).toEqual([]);
      });

      it("lets B change nothing in the database", () => {
        expect(after).toEqual(before);
      });
    });
  });
});
