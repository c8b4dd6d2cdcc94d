import type { Judgment } from "./judgment";
import { BACKEND, DATA, FRONTEND, JUNIOR, PLATFORM } from "./jobs";
import { BACKEND_DEV, DATA_DEV, FRONTEND_DEV, JUNIOR_DEV, PLATFORM_DEV, minus, plus } from "./profiles";

/** Domain coverage, and how much it weighs against required skills. */
export const DOMAINS_JUDGMENTS: Judgment[] = [
  // Covering all of the job's domains is the bonus, all else equal.
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { domains: ["Fintech", "E-commerce"] },
    b: {},
    because: "works in both of the job's domains, all else equal",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { domains: ["Fintech", "E-commerce"] },
    b: {},
    because: "works in both of the job's domains, all else equal",
  },
  {
    job: DATA,
    base: DATA_DEV,
    a: { domains: ["Insurance", "Healthcare"] },
    b: {},
    because: "works in both of the job's domains, all else equal",
  },
  {
    job: JUNIOR,
    base: JUNIOR_DEV,
    a: { domains: ["Education", "Healthcare"] },
    b: {},
    because: "works in two of the job's domains, not one, all else equal",
  },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { domains: ["SaaS", "Fintech", "E-commerce"] },
    b: { domains: ["SaaS", "Fintech"] },
    because: "works in all three of the job's domains, all else equal",
  },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { domains: ["SaaS", "Fintech"] },
    b: {},
    because: "works in two of the job's three domains, not one, all else equal",
  },
  // Meeting the domain requirement is most of the credit: skills decide over the bonus.
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FRONTEND_DEV.skills, "Jest"), tests: [92, 95], reviews: [5], screening: 85 },
    b: { skills: ["TypeScript", "React", "CSS"], domains: ["Fintech", "E-commerce"] },
    because:
      "issue 13's example: every required skill, excellent tests, a 5/5 review and an 85 screening in one of the two domains beat " +
      "half the required skills in both",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FRONTEND_DEV.skills, "Jest") },
    b: { skills: minus(FRONTEND_DEV.skills, "Next.js"), domains: ["Fintech", "E-commerce"] },
    because: "four of four required skills in one of the job's domains beat two of four in both",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { skills: plus(BACKEND_DEV.skills, "Kafka") },
    b: { skills: minus(BACKEND_DEV.skills, "PostgreSQL"), domains: ["Fintech", "E-commerce"] },
    because: "four of four required skills in one of the job's domains beat two of four in both",
  },
  {
    job: DATA,
    base: DATA_DEV,
    a: { skills: plus(DATA_DEV.skills, "Airflow") },
    b: { skills: minus(DATA_DEV.skills, "Apache Spark"), domains: ["Insurance", "Healthcare"] },
    because: "four of four required skills in one of the job's domains beat two of four in both",
  },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { skills: plus(PLATFORM_DEV.skills, "Go") },
    b: { skills: minus(PLATFORM_DEV.skills, "Terraform"), domains: ["SaaS", "Fintech", "E-commerce"] },
    because: "four of four required skills in one of the job's domains beat two of four in all three",
  },
];
