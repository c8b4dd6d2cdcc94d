import { z } from "zod";
import { queryDecimal, queryInteger } from "../validation/query-number";
import { MATCH_STATUSES } from "./match-statuses";

export const listMatchingsQuery = z.strictObject({
  jobId: z.uuid("must be a job id (UUID)").optional(),
  candidateId: z.uuid("must be a candidate id (UUID)").optional(),
  status: z.enum(MATCH_STATUSES, { error: `must be one of ${MATCH_STATUSES.join(", ")}` }).optional(),
  minScore: queryDecimal()
    .pipe(z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100"))
    .optional()
    .meta({ description: "Only matchings scoring at least this, 0 to 100 (decimal digits, e.g. 40 or 37.5)" }),
  minSkillsMatch: queryDecimal()
    .pipe(z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100"))
    .optional()
    .meta({ description: "Only matchings whose skillsMatch is at least this, 0 to 100 (decimal digits, e.g. 80 or 62.5)" }),
  allRequiredSkills: z
    .enum(["true", "false"], { error: "must be true or false" })
    .transform((value) => value === "true")
    .optional()
    .meta({
      description:
        "true: only candidates holding every required skill of the job, listed or implied by one they list " +
        "(TypeScript holds JavaScript); false or absent: no such filter",
    }),
  limit: queryInteger()
    .pipe(z.number().min(1, "must be between 1 and 100").max(100, "must be between 1 and 100"))
    .default(50)
    .meta({ description: "Items per page, 1 to 100 (decimal digits); 50 when absent" }),
  cursor: z.string().max(500).optional(),
});

export const matchingParams = z.object({ id: z.uuid("must be a matching id (UUID)") });

export const updateStatusBody = z.strictObject({
  status: z.enum(MATCH_STATUSES, { error: `must be one of ${MATCH_STATUSES.join(", ")}` }),
});

export const matchingItem = z.object({
  id: z.uuid(),
  jobId: z.uuid(),
  rank: z.int().nullable(),
  matchScore: z.number(),
  skillsMatch: z.number(),
  domainMatch: z.number(),
  experienceMatch: z.number(),
  breakdown: z.record(z.string(), z.unknown()),
  skillMatches: z
    .array(
      z.object({
        skill: z.string().meta({ description: "The skill's canonical name." }),
        required: z.boolean().meta({ description: "true: a required skill of the job; false: nice to have." }),
        as: z.string().nullable().meta({
          description: 'The spelling the candidate wrote, when it was an alias ("k8s" for Kubernetes); scored exactly as the name.',
        }),
        via: z
          .string()
          .nullable()
          .meta({
            description:
              'The listed skill that implies this one ("TypeScript" for JavaScript), when the candidate does not list it: ' +
              "counted with partial credit (docs/scoring.md).",
          }),
      }),
    )
    .meta({
      description: "The job's skills this candidate matched, and how: listed, written as an alias, or implied by a more specific skill.",
    }),
  aiReason: z.string().meta({ description: "Plain text (never HTML): two or three sentences naming the evidence." }),
  aiReasonSource: z.enum(["template", "gemini"]).meta({
    description:
      "template: built from the breakdown; gemini: written by Gemini from the same evidence. " +
      "A template is replaced when Gemini next explains the job.",
  }),
  status: z.enum(MATCH_STATUSES),
  candidate: z.object({
    id: z.uuid(),
    externalId: z.string().nullable(),
    name: z.string(),
    headline: z.string(),
    skills: z.array(z.string()),
    domains: z.array(z.string()),
  }),
  updatedAt: z.iso.datetime(),
});

export type MatchingItem = z.infer<typeof matchingItem>;
