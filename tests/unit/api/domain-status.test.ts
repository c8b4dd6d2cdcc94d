import { describe, expect, it } from "vitest";
import { domainApiError } from "../../../lib/api/domain-status";
import { errorResponse } from "../../../lib/api/json-response";
import { DomainError, isDomainError } from "../../../lib/domain-error";
import { MatchingError } from "../../../lib/matching";

const answer = async (error: DomainError) => {
  const response = errorResponse(domainApiError(error), "request-1");
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: await response.json() };
};

describe("a domain refusal at the API's edge", () => {
  it("answers with the table's status and code and the domain's own message", async () => {
    expect(await answer(new DomainError("MATCHING_NOT_FOUND", "Matching not found"))).toEqual({
      status: 404,
      retryAfter: null,
      body: { error: { code: "not_found", message: "Matching not found" } },
    });
    expect(await answer(new MatchingError("JOB_NOT_ACTIVE", "The job is PAUSED: only ACTIVE jobs are matched"))).toMatchObject({
      status: 409,
      body: { error: { code: "job_not_active" } },
    });
  });

  it("names the field a refusal is about, and says when to retry a transient one", async () => {
    expect((await answer(new DomainError("UNKNOWN_CANDIDATE", "No candidate has the id x"))).body.error.details).toEqual([
      { path: "body.candidateId", message: "unknown candidate" },
    ]);
    expect(await answer(new DomainError("RECALCULATION_BUSY", "busy", 5))).toMatchObject({
      status: 429,
      retryAfter: "5",
      body: { error: { code: "recalculation_busy" } },
    });
  });

  it("is told apart by code, whatever class raised it", () => {
    const error = new MatchingError("JOB_NOT_FOUND", "gone");
    expect(isDomainError(error, "JOB_NOT_FOUND")).toBe(true);
    expect(isDomainError(error, "JOB_NOT_ACTIVE")).toBe(false);
    expect(isDomainError(Object.assign(new Error("gone"), { code: "JOB_NOT_FOUND" }), "JOB_NOT_FOUND")).toBe(false);
  });
});
