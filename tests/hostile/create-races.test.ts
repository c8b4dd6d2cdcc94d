import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBody } from "../../lib/api/api-schemas";
import { createApiKey } from "../../lib/auth/api-keys";
import { eligibleCandidates, jobId, seed } from "../helpers/fixtures";
import { startNext, type NextServer } from "../helpers/next-server";
import { createDatabaseUrl, withDatabase } from "../helpers/test-database";

// The same create sent many times at once over HTTP against `next start`: on PostgreSQL the
// requests really race to insert (the pool runs them in parallel); PGlite serialises them.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tm-create-races-"));
let url: string;
let drop: () => Promise<void>;
let app: NextServer;
let key: string;
let job: string;
let candidates: string[];

beforeAll(async () => {
  ({ url, drop } = await createDatabaseUrl(dir));
  await withDatabase(url, async (db) => {
    await seed(db, eligibleCandidates(3));
    job = await jobId(db);
    key = (await createApiKey(db, "acme", "races")).key;
    candidates = (await db.candidate.findMany({ select: { id: true }, orderBy: { externalId: "asc" } })).map((c) => c.id);
  });
  app = await startNext({ DATABASE_URL: url });
});
afterAll(async () => {
  await app?.stop();
  await drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const respond = (candidateId: string) =>
  fetch(`${app.url}/api/jobs/${job}/responses`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: JSON.stringify({ candidateId, coverLetter: "Hello", screeningScore: 60 }),
  });

async function expectExists(response: Response) {
  expect(response.status).toBe(409);
  expect(errorBody.strict().parse(await response.json()).error).toMatchObject({
    code: "response_exists",
    message: expect.stringMatching(/^This candidate already responded to this job \(response [0-9a-f-]{36}\)$/),
  });
}

describe("POST /api/jobs/{jobId}/responses", () => {
  it("answers the same response sent twice 201, then 409 in the error shape", async () => {
    expect((await respond(candidates[0]!)).status).toBe(201);
    await expectExists(await respond(candidates[0]!));
  });

  it("answers twenty identical requests at once with one 201 and nineteen 409, never a 500", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => respond(candidates[1]!)));
    expect(answers.map((a) => a.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    for (const answer of answers.filter((a) => a.status === 409)) await expectExists(answer);
    await app.stop();
    expect(await withDatabase(url, (db) => db.response.count({ where: { jobId: job, candidateId: candidates[1]! } }))).toBe(1);
  });
});
