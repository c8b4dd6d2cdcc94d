import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDomainError } from "../../lib/domain-error";
import { DomainError } from "../../lib/domain-error";
import { recalculateJob } from "../../lib/matching";
import { updateMatchingStatuses } from "../../lib/matching/update-matching-statuses";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";
import { eligibleCandidates, fixtureJob, jobId, matchingsOf, seed } from "../helpers/fixtures";

// Acme's j-1 and j-2 and Beta's j-3 share the same 12 eligible candidates.
let t: TestDatabase;
let acmeId: string;
let betaId: string;
let job: string;
let otherJob: string;
let betaJob: string;
beforeAll(async () => {
  t = await createTestDatabase();
  await seed(t.db, eligibleCandidates(12), [fixtureJob("j-1"), fixtureJob("j-2"), fixtureJob("j-3", { workspace: "beta" })]);
  [job, otherJob, betaJob] = (await Promise.all(["j-1", "j-2", "j-3"].map((id) => jobId(t.db, id)))) as [string, string, string];
  for (const id of [job, otherJob, betaJob]) await recalculateJob(t.db, id, { trigger: "test" });
  acmeId = (await t.db.workspace.findUniqueOrThrow({ where: { slug: "acme" } })).id;
  betaId = (await t.db.workspace.findUniqueOrThrow({ where: { slug: "beta" } })).id;
});
afterAll(() => t?.close());

const idsOf = async (jobIdValue: string, externalIds: string[]) => {
  const rows = await matchingsOf(t.db, jobIdValue);
  return externalIds.map((externalId) => rows.get(externalId)!.id);
};
const statuses = async (jobIdValue: string) =>
  new Map([...(await matchingsOf(t.db, jobIdValue))].map(([externalId, row]) => [externalId, row.status]));

describe("one status for several candidates of a job", () => {
  it("sets every chosen row, counts a repeated id once, and leaves the others alone", async () => {
    const ids = await idsOf(job, ["c-012", "c-010", "c-007"]);
    expect(await updateMatchingStatuses(t.db, acmeId, job, [...ids, ids[0]!], "CONTACTED")).toEqual({ updated: 3 });
    const after = await statuses(job);
    expect(
      [...after]
        .filter(([, status]) => status === "CONTACTED")
        .map(([externalId]) => externalId)
        .sort(),
    ).toEqual(["c-007", "c-010", "c-012"]);
    expect([...(await statuses(otherJob)).values()].every((status) => status === "PENDING")).toBe(true);
  });

  it("writes nothing when one id is unknown, another job's or another workspace's, and says how many", async () => {
    const before = await statuses(job);
    const mine = await idsOf(job, ["c-001", "c-002"]);
    const strangers = [
      ["00000000-0000-4000-8000-000000000000"],
      await idsOf(otherJob, ["c-003"]),
      await idsOf(betaJob, ["c-004"]),
      ["not-a-uuid"],
    ];
    for (const stranger of strangers) {
      const refusal = await updateMatchingStatuses(t.db, acmeId, job, [...mine, ...stranger], "REJECTED").catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(DomainError);
      expect(refusal).toMatchObject({
        code: "MATCHINGS_NOT_IN_JOB",
        message: expect.stringContaining("1 of the 3 chosen matchings is not in this job's list"),
      });
    }
    expect(await statuses(job)).toEqual(before);
  });

  it("answers not found for another workspace's job, as for a missing one", async () => {
    const ids = await idsOf(betaJob, ["c-005"]);
    for (const [workspaceId, jobIdValue] of [
      [acmeId, betaJob],
      [betaId, job],
      [acmeId, "00000000-0000-4000-8000-000000000000"],
      [acmeId, "nope"],
    ] as const) {
      await expect(updateMatchingStatuses(t.db, workspaceId, jobIdValue, ids, "VIEWED")).rejects.toSatisfy((error) =>
        isDomainError(error, "JOB_NOT_FOUND"),
      );
    }
    expect((await statuses(betaJob)).get("c-005")).toBe("PENDING");
  });

  it("is a recruiter's decision like any other: a recalculation keeps it", async () => {
    const ids = await idsOf(job, ["c-011", "c-009"]);
    await updateMatchingStatuses(t.db, acmeId, job, ids, "REJECTED");
    await recalculateJob(t.db, job, { trigger: "test" });
    const rows = await matchingsOf(t.db, job);
    for (const externalId of ["c-011", "c-009"]) expect(rows.get(externalId)).toMatchObject({ status: "REJECTED", rank: null });
    expect(rows.get("c-012")).toMatchObject({ status: "CONTACTED", rank: 1 });
  });
});
