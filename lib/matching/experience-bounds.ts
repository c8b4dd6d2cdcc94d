import { experienceFormula } from "../scoring/criteria/experience-score";
import { clamp } from "../scoring/score-candidate";
import type { JobFeatures } from "../scoring/types";
import { WEIGHTS } from "../scoring/weights";
import { MONTH_MS } from "./domain-months";
import type { SummaryDetails } from "./summary-details";

/**
 * The experience criterion's weighted share of the match score, bounded from a candidate's summary
 * for one job: the portfolio part is exact (items using the job's skills, counted as
 * experienceScore counts them); years in the job's domains are between none and the positions'
 * months summed (SummaryDetails.domainMs).
 */
export function experienceBounds(job: JobFeatures) {
  const jobSkills = new Set([...job.requiredSkillIds, ...job.niceToHaveSkillIds]);
  const weighted = (value: number) => (WEIGHTS.experience * clamp(value)) / 100;
  return (years: number, row: SummaryDetails) => {
    // Portfolio items using the job's skills, counted exactly as experienceScore counts them.
    let items = 0;
    let at = 0;
    for (const size of row.portfolioItemSizes) {
      for (let i = at; i < at + size; i++) {
        if (jobSkills.has(row.portfolioSkillIds[i]!)) {
          items++;
          break;
        }
      }
      at += size;
    }
    const candidate = { yearsOfExperience: years };
    return {
      low: weighted(experienceFormula(job, candidate, 0, items)),
      high: weighted(experienceFormula(job, candidate, row.domainMs / MONTH_MS / 12, items)),
    };
  };
}
