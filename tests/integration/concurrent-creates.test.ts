import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../lib/auth/api-keys";
import { createAuth } from "../../lib/auth/auth";
import { createRecruiter } from "../../lib/auth/create-recruiter";
import { DomainError } from "../../lib/domain-error";
import { importData } from "../../lib/import/import-data";
import { createResponse } from "../../lib/responses/create-response";
import { eligibleCandidates, jobId, seed } from "../helpers/fixtures";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

// Every create path hit by identical requests at the same instant. On PostgreSQL (TEST_DATABASE_URL)
// they really run at once on the pool's connections; PGlite has one connection and serialises them.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, eligibleCandidates(3));
});
afterAll(() => t.close());

const settle = <T>(count: number, run: () => Promise<T>) => Promise.allSettled(Array.from({ length: count }, run));

describe("the same create, many times at once", () => {
  it("records one response and refuses every other copy with RESPONSE_EXISTS", async () => {
    const job = await jobId(t.db);
    const candidate = await t.db.candidate.findUniqueOrThrow({ where: { externalId: "c-001" } });
    const workspace = await t.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } });
    const results = await settle(20, () => createResponse(t.db, workspace.id, job, { candidateId: candidate.id, coverLetter: "Hello" }));
    const created = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const id = (created[0] as PromiseFulfilledResult<{ id: string }>).value.id;
    for (const error of refused) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: "RESPONSE_EXISTS", message: `This candidate already responded to this job (response ${id})` });
    }
    expect(await t.db.response.count({ where: { jobId: job, candidateId: candidate.id } })).toBe(1);
  });

  it("creates as many API keys as asked, each its own", async () => {
    const results = await settle(10, () => createApiKey(t.db, "acme", "CI"));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const keys = results.map((r) => (r as PromiseFulfilledResult<{ id: string; key: string }>).value);
    expect(new Set(keys.map((k) => k.key)).size).toBe(10);
    expect(await t.db.apiKey.count({ where: { name: "CI" } })).toBe(10);
  });

  it("creates one recruiter account with its password and memberships, every call succeeding", async () => {
    const input = { email: "Rita@Example.com", name: "Rita", password: "correct horse battery", workspaces: ["acme", "beta"] };
    const results = await settle(6, () => createRecruiter(t.db, input));
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(Array(6).fill("ok"));
    const outcomes = results.map((r) => (r as PromiseFulfilledResult<{ userId: string; created: boolean }>).value);
    expect(outcomes.filter((o) => o.created)).toHaveLength(1);
    expect(new Set(outcomes.map((o) => o.userId)).size).toBe(1);
    const user = await t.db.user.findUniqueOrThrow({ where: { email: "rita@example.com" }, include: { accounts: true, members: true } });
    expect(user.accounts.map((a) => a.providerId)).toEqual(["credential"]);
    expect(user.members).toHaveLength(2);
    const signIn = await createAuth(t.db).api.signInEmail({ body: { email: "rita@example.com", password: "correct horse battery" } });
    expect(signIn.user.id).toBe(user.id);
  });

  it("runs overlapping imports one after the other: each succeeds, and every candidate is wholly one file's", async () => {
    // Each file names the same candidates with its own headline and skills, new skills all files
    // share (so each creates the same catalog rows), and responses to the same job.
    const file = (tag: string) => ({
      workspaces: [{ slug: "acme", name: "Acme" }],
      candidates: Array.from({ length: 40 }, (_, i) => ({
        externalId: `shared-${i}`,
        name: `Shared ${i}`,
        headline: `from ${tag}`,
        skills: [`Skill ${tag} ${i}`, `Common ${i}`, "TypeScript"],
        domains: [`Domain ${tag}`],
        technicalTests: [{ name: tag, score: 50, completedAt: "2026-01-01" }],
      })),
      jobs: [
        {
          externalId: "j-shared",
          workspace: "acme",
          title: `Job ${tag}`,
          status: "ACTIVE",
          skills: [`Skill ${tag} 0`],
          domains: [`Domain ${tag}`],
        },
      ],
      responses: Array.from({ length: 10 }, (_, i) => ({ job: "j-shared", candidate: `shared-${i}`, coverLetter: tag })),
    });
    const results = await Promise.allSettled(["A", "B", "C"].map((tag) => importData(t.db, file(tag))));
    expect(results.map((r) => (r.status === "rejected" ? String(r.reason).slice(0, 300) : "ok"))).toEqual(["ok", "ok", "ok"]);

    const candidates = await t.db.candidate.findMany({
      where: { externalId: { startsWith: "shared-" } },
      include: { skills: { include: { skill: true } }, domains: { include: { domain: true } }, technicalTests: true },
    });
    expect(candidates).toHaveLength(40);
    for (const candidate of candidates) {
      const tag = candidate.headline.replace("from ", "");
      const i = Number(candidate.externalId!.replace("shared-", ""));
      expect(candidate.skills.map((s) => s.skill.name).sort(), candidate.externalId!).toEqual(
        [`Skill ${tag} ${i}`, `Common ${i}`, "TypeScript"].sort(),
      );
      expect(candidate.domains.map((d) => d.domain.name)).toEqual([`Domain ${tag}`]);
      expect(candidate.technicalTests.map((test) => test.name)).toEqual([tag]);
    }
    // The last import wrote everything it names: its candidates, its job and its responses.
    const last = candidates[0]!.headline.replace("from ", "");
    expect(new Set(candidates.map((c) => c.headline))).toEqual(new Set([`from ${last}`]));
    const job = await t.db.job.findUniqueOrThrow({ where: { externalId: "j-shared" }, include: { responses: true } });
    expect(job.title).toBe(`Job ${last}`);
    expect(job.responses.map((r) => r.coverLetter)).toEqual(Array(10).fill(last));
  });
});
