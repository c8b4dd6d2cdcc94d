import { z } from "zod";
import { MATCH_STATUSES } from "../matching/match-statuses";
import { hasUnstorableText } from "../validation/find-unstorable-text";
import { BOARD_COLUMNS } from "./board-columns";

// What each dashboard page reads from its URL, validated as the API validates its own: a
// parameter that does not parse is ignored (the page shows its default), an id that is not one
// answers not found, and nothing unparsed reaches a query.

/** A parameter given once; repeated (`?a=1&a=2`) or malformed, it is ignored. */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

// Searched for in the database, which cannot hold a NUL or an unpaired surrogate.
const searchText = optional(
  z
    .string()
    .trim()
    .max(200)
    .refine((text) => !hasUnstorableText(text)),
);

export const jobsPageQuery = z.object({
  status: optional(z.enum(["ACTIVE", "DRAFT", "CLOSED"])),
  q: searchText,
});

export const searchPageQuery = z.object({ q: searchText });

export const jobPageParams = z.object({ jobId: z.uuid() });

/** How a job's list is shown: today's cards, or a compact sortable table. */
export const JOB_VIEWS = ["cards", "table"] as const;
export type JobView = (typeof JOB_VIEWS)[number];

export const jobPageQuery = z.object({
  status: optional(z.enum(MATCH_STATUSES)),
  candidate: optional(z.uuid()),
  view: optional(z.enum(JOB_VIEWS)),
  sort: optional(z.enum(BOARD_COLUMNS)),
  dir: optional(z.enum(["asc", "desc"])),
  /** `1`: only candidates holding every required skill (RequiredSkillsToggle). */
  all: optional(z.literal("1")),
});

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The runs page's cursor, `<ISO time>_<uuid>` of the last run of the previous page, as the page writes it. */
const runsCursor = z.string().transform((value, context) => {
  const [at = "", id = "", ...rest] = value.split("_");
  const startedAt = new Date(at);
  // A time that does not round-trip (9999-99-99, 24:61) is no time the page wrote.
  if (
    rest.length > 0 ||
    !ISO_TIME.test(at) ||
    Number.isNaN(startedAt.getTime()) ||
    startedAt.toISOString() !== at ||
    !z.uuid().safeParse(id).success
  ) {
    context.addIssue({ code: "custom", message: "not a cursor of this page" });
    return z.NEVER;
  }
  return { startedAt, id };
});

export const runsPageQuery = z.object({ before: optional(runsCursor) });
