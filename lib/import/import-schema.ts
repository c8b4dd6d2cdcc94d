import { z } from "zod";
import { skillKey } from "../taxonomy/skill-key";

// The import file format (docs/import.md). Objects are strict so a misspelt key is reported,
// not silently dropped.

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).optional();
const date = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: "must be an ISO 8601 date (YYYY-MM-DD or a date-time)" })
  .transform((value) => new Date(value));
const score = z.number().min(0, "must be between 0 and 100").max(100, "must be between 0 and 100");
// A skill or domain is matched by its key (lib/taxonomy/skill-key.ts): a name must have one.
const name = text(100).refine((value) => skillKey(value) !== "", "must contain a letter or a digit");
const names = z.array(name).max(200, "at most 200 entries");
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, `at most ${max} entries`).default([]);

export const workspaceSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "must be lower-case letters, digits and dashes (at most 63)"),
  name: text(200),
});

const experienceSchema = z
  .strictObject({
    title: text(200),
    company: optionalText(200),
    domain: text(100).nullish(),
    startDate: date,
    endDate: date.nullish(),
    skills: names.default([]),
  })
  .refine((experience) => !experience.endDate || experience.endDate >= experience.startDate, {
    message: "must not be before startDate",
    path: ["endDate"],
  });

export const candidateSchema = z.strictObject({
  externalId: text(100),
  name: text(200),
  email: z.email("must be an email address").max(320).nullish(),
  headline: optionalText(300),
  summary: optionalText(5000),
  yearsOfExperience: z.number().min(0, "must be between 0 and 80").max(80, "must be between 0 and 80").default(0),
  skills: names.default([]),
  domains: names.default([]),
  experiences: list(experienceSchema, 100),
  portfolio: list(z.strictObject({ title: text(200), url: z.url("must be a URL").max(2000).nullish(), skills: names.default([]) }), 100),
  technicalTests: list(z.strictObject({ name: text(200), score, completedAt: date }), 200),
  feedbacks: list(
    z.strictObject({
      rating: z.int("must be a whole number").min(1, "must be between 1 and 5").max(5, "must be between 1 and 5"),
      comment: optionalText(5000),
      createdAt: date.optional(),
    }),
    500,
  ),
  quizzes: list(z.strictObject({ topic: text(200), score, completedAt: date }), 500),
  badges: list(z.strictObject({ name: text(200), awardedAt: date }), 200),
});

// A job's skill: its name, or `{ "name", "mustHave" }`. Both read as the object.
const jobSkill = z
  .union([name, z.strictObject({ name, mustHave: z.boolean("must be true or false").default(false) })], {
    error: 'must be a skill name or { "name": …, "mustHave": true }',
  })
  .transform((skill) => (typeof skill === "string" ? { name: skill, mustHave: false } : skill));
const jobSkills = z.array(jobSkill).max(200, "at most 200 entries").default([]);

export const jobSchema = z
  .strictObject({
    externalId: text(100),
    workspace: text(63),
    title: text(300),
    description: optionalText(20000),
    status: z.enum(["DRAFT", "ACTIVE", "CLOSED"]).default("DRAFT"),
    skills: jobSkills,
    niceToHaveSkills: jobSkills,
    domains: names.default([]),
    minYearsExperience: z.number().min(0, "must be between 0 and 80").max(80, "must be between 0 and 80").default(0),
    minSkillsCoverage: z
      .int("must be a whole number between 0 and 100")
      .min(0, "must be between 0 and 100")
      .max(100, "must be between 0 and 100")
      .default(0),
  })
  .superRefine((job, ctx) => {
    job.niceToHaveSkills.forEach((skill, index) => {
      if (skill.mustHave) {
        ctx.addIssue({
          code: "custom",
          path: ["niceToHaveSkills", index, "mustHave"],
          message: `"${skill.name}" is nice to have: only a required skill can be a must-have`,
        });
      }
    });
    if (job.status !== "ACTIVE") return;
    if (job.skills.length === 0)
      ctx.addIssue({ code: "custom", path: ["skills"], message: "an ACTIVE job needs at least one required skill" });
    if (job.domains.length === 0) ctx.addIssue({ code: "custom", path: ["domains"], message: "an ACTIVE job needs at least one domain" });
  });

export const responseSchema = z.strictObject({
  job: text(100),
  candidate: text(100),
  coverLetter: optionalText(20000),
  screeningScore: score.nullish(),
  interviewScore: score.nullish(),
});

export const importFileSchema = z.strictObject({
  workspaces: list(workspaceSchema, 10_000),
  candidates: list(candidateSchema, 200_000),
  jobs: list(jobSchema, 50_000),
  responses: list(responseSchema, 1_000_000),
});

export type ImportFile = z.infer<typeof importFileSchema>;
