import { FULL_COVERAGE } from "../scoring/meets-requirements";
import type { BoardRow } from "./load-job-board";

/** Whether a matching's candidate holds every required skill of its job, listed or implied: the job page's `?all=1` filter. */
export const holdsEveryRequiredSkill = (row: Pick<BoardRow, "requiredCoverage">) => row.requiredCoverage >= FULL_COVERAGE;
