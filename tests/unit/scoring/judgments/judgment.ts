import type { JobSpec } from "./jobs";
import type { Profile } from "./profiles";

/**
 * "For this job, A should rank above B, because …": A and B are the base profile with their
 * differences applied. Every judgment is one a recruiter would sign, whatever the formulas say.
 */
export type Judgment = { job: JobSpec; base: Profile; a: Partial<Profile>; b: Partial<Profile>; because: string };
