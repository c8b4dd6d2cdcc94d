import type { Judgment } from "./judgment";
import { BACKEND, DATA, FRONTEND, PLATFORM } from "./jobs";
import { BACKEND_DEV, DATA_DEV, FRONTEND_DEV, PLATFORM_DEV } from "./profiles";

/** Years against the job's minimum, time in its domains, portfolio, and the job's words. */
export const EXPERIENCE_JUDGMENTS: Judgment[] = [
  // Meeting the experience minimum beats missing it.
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { domainYears: { Fintech: 3 } },
    b: { years: 3, domainYears: { Fintech: 3 } },
    because: "six years meet the job's five-year minimum; three do not",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { years: 5, domainYears: { Fintech: 2 } },
    b: { years: 2, domainYears: { Fintech: 2 } },
    because: "five years meet the job's four-year minimum; two do not",
  },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { domainYears: { SaaS: 4 } },
    b: { years: 4, domainYears: { SaaS: 4 } },
    because: "seven years meet the job's five-year minimum; four do not",
  },
  {
    job: DATA,
    base: DATA_DEV,
    a: { years: 3, domainYears: { Insurance: 2 } },
    b: { years: 1, domainYears: { Insurance: 1 } },
    because: "three years meet the job's minimum; a first-year engineer does not",
  },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { text: "Infrastructure engineer." },
    b: {
      years: 3,
      domainYears: { SaaS: 3 },
      text: "Platform engineer for SaaS billing: Kubernetes on AWS, Terraform and Go operators for fintech and e-commerce merchants.",
    },
    because: "meets the five-year minimum; a headline echoing the post does not make up for missing years",
  },
  // Depth in the job's domains, work to show, and the job's own words.
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { domainYears: { Fintech: 5 } },
    b: { domainYears: { Fintech: 1 } },
    because: "five of six years in payments, against one",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: {},
    b: { portfolio: [] },
    because: "shows three pieces of work in the job's stack; the other shows none",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { text: "Senior frontend engineer for payments, ledgers and fraud checks: TypeScript, React and Next.js." },
    b: { text: "Frontend engineer." },
    because: "their headline and summary speak of what this job does, all else equal",
  },
];
