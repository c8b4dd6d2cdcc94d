import { describe, expect, it } from "vitest";
import { buildPrompt } from "../../../lib/explanations/build-prompt";
import { retryAfterMs } from "../../../lib/explanations/call-gemini";
import { buildCandidateBrief, buildJobBrief } from "../../../lib/explanations/explanation-input";
import { parseReasons } from "../../../lib/explanations/parse-reasons";
import { reasonFingerprint } from "../../../lib/explanations/reason-fingerprint";
import { sanitizeReason } from "../../../lib/explanations/sanitize-reason";
import { scoreCandidate } from "../../../lib/scoring/score-candidate";
import type { CandidateFeatures, JobFeatures } from "../../../lib/scoring/types";

const catalog = {
  skills: new Map([
    [1, { key: "typescript", name: "TypeScript" }],
    [2, { key: "react", name: "React" }],
  ]),
  domains: new Map([[10, { key: "fintech", name: "Fintech" }]]),
  mentionable: new Map<string, number>(),
};
const features: JobFeatures = {
  requiredSkillIds: [1, 2],
  niceToHaveSkillIds: [],
  domainIds: [10],
  mustHaveSkillIds: [],
  minSkillsCoverage: 0,
  minYearsExperience: 2,
  mentionedSkillIds: new Set(),
  textTokens: new Set(),
};
const job = { title: "Développeur frontend", description: "Paiements en TypeScript", features };
const candidate = (overrides: Partial<CandidateFeatures> = {}): CandidateFeatures => ({
  id: "a",
  skillIds: new Set([1]),
  impliedSkills: new Map(),
  skillSpellings: new Map(),
  domainIds: new Set([10]),
  yearsOfExperience: 3,
  domainMonths: new Map([[10, 25]]),
  portfolioSkillIds: [],
  testScores: [80],
  feedbackRatings: [],
  quizScores: [],
  badgeCount: 0,
  textTokens: [],
  ...overrides,
});
const fingerprintOf = (c: CandidateFeatures, j = job) =>
  reasonFingerprint(buildJobBrief(j, catalog), buildCandidateBrief(scoreCandidate(j.features, c), catalog));

describe("the fingerprint of a reason's inputs", () => {
  it("changes with the candidate's evidence or the job's text, not with a few more days in an open position", () => {
    const base = fingerprintOf(candidate());
    expect(fingerprintOf(candidate())).toBe(base);
    expect(fingerprintOf(candidate({ domainMonths: new Map([[10, 25.4]]) }))).toBe(base);
    expect(fingerprintOf(candidate({ skillIds: new Set([1, 2]) }))).not.toBe(base);
    expect(fingerprintOf(candidate({ testScores: [80, 90] }))).not.toBe(base);
    expect(fingerprintOf(candidate(), { ...job, description: "Payments in TypeScript" })).not.toBe(base);
  });

  it("gives the model names, never ids, and no score that other candidates could move", () => {
    const prompt = buildPrompt(buildJobBrief(job, catalog), [buildCandidateBrief(scoreCandidate(features, candidate()), catalog)]);
    const sent = JSON.parse(prompt.user) as { job: Record<string, unknown>; candidates: Record<string, unknown>[] };
    expect(sent.job).toMatchObject({ title: "Développeur frontend", requiredSkills: ["TypeScript", "React"], domains: ["Fintech"] });
    expect(sent.candidates[0]).toMatchObject({
      id: "c1",
      matchedRequiredSkills: ["TypeScript"],
      missingRequiredSkills: ["React"],
      yearsInJobDomains: 2,
    });
    expect(prompt.user).not.toMatch(/matchScore|rank/);
  });
});

describe("reading the model's answer", () => {
  it("keeps valid reasons for the keys asked about, made plain text", () => {
    const text = JSON.stringify({
      reasons: [
        { candidateId: "c1", reason: "  Has <b>TypeScript</b>\nand works in Fintech; missing React.  " },
        { candidateId: "c2", reason: 42 },
        { candidateId: "c3", reason: "Unknown candidate, not asked about at all." },
      ],
    });
    expect(parseReasons(text, ["c1", "c2"])).toEqual(new Map([["c1", "Has TypeScript and works in Fintech; missing React."]]));
    expect(parseReasons('{"reasons": [', ["c1"]).size).toBe(0);
    expect(parseReasons('{"answer": []}', ["c1"]).size).toBe(0);
    expect(parseReasons(undefined, ["c1"]).size).toBe(0);
  });

  it("refuses empty, tiny and oversized text, and strips controls, bidi overrides and scripts", () => {
    expect(sanitizeReason("   ")).toBeNull();
    expect(sanitizeReason("OK.")).toBeNull();
    expect(sanitizeReason("a ".repeat(600))).toBeNull();
    expect(sanitizeReason("Has React\u0000 and\u202e TypeScript <script>steal()</script>in Fintech.")).toBe(
      "Has React and TypeScript in Fintech.",
    );
    expect(sanitizeReason("Scored < 3 on C++ <> Java tests, 5 > 4 reviews.")).toBe("Scored < 3 on C++ <> Java tests, 5 > 4 reviews.");
  });
});

describe("how long the server asked us to wait", () => {
  it("reads Retry-After in seconds or as a date, else Gemini's RetryInfo in the body", () => {
    expect(retryAfterMs("2", "")).toBe(2000);
    expect(retryAfterMs("Thu, 26 Nov 2026 00:00:10 GMT", "", Date.parse("2026-11-26T00:00:00Z"))).toBe(10_000);
    expect(retryAfterMs(null, '{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"37s"}]}}')).toBe(
      37_000,
    );
    expect(retryAfterMs(null, "{}")).toBeNull();
  });
});
