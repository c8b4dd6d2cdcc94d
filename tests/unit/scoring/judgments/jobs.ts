import type { JobFeatures } from "../../../../lib/scoring/types";
import { tokenize } from "../../../../lib/scoring/tokenize";
import { domainId, skillId, type Domain, type Skill } from "./catalog";

export type JobSpec = {
  title: string;
  description: string;
  required: Skill[];
  niceToHave: Skill[];
  domains: Domain[];
  minYears: number;
  /** Skills the text names without listing them (what lib/catalog/mentioned-skills finds). */
  mentioned: Skill[];
};

/** The demo's j-01, the job of issue 13's example. */
export const FRONTEND: JobSpec = {
  title: "Senior frontend engineer",
  description:
    "Senior frontend engineer at Acme Payments: you will work on payments, ledgers and fraud checks. " +
    "You will use TypeScript, React and Next.js every day, and hands-on experience with Playwright helps. Familiarity with " +
    "GraphQL and Figma is a plus. We are looking for at least 5 years of experience.",
  required: ["TypeScript", "React", "Next.js", "Jest"],
  niceToHave: ["GraphQL", "Figma"],
  domains: ["Fintech", "E-commerce"],
  minYears: 5,
  mentioned: ["TypeScript", "React", "Next.js", "Playwright", "GraphQL", "Figma"],
};

/** The worked example of docs/scoring.md. */
export const BACKEND: JobSpec = {
  title: "Backend engineer, payments",
  description:
    "Backend engineer for our payments platform: you will build ledgers, payouts and reconciliation services in TypeScript on " +
    "Node.js, with PostgreSQL and Kafka, shipped in Docker. GraphQL and AWS are a plus. At least 4 years of experience.",
  required: ["TypeScript", "Node.js", "PostgreSQL", "Kafka"],
  niceToHave: ["GraphQL", "AWS"],
  domains: ["Fintech", "E-commerce"],
  minYears: 4,
  mentioned: ["TypeScript", "Node.js", "PostgreSQL", "Kafka", "Docker", "GraphQL", "AWS"],
};

export const DATA: JobSpec = {
  title: "Data engineer, claims analytics",
  description:
    "Data engineer for claims analytics at an insurer and its partner clinics: you will build batch pipelines in Python and SQL " +
    "on Apache Spark, orchestrated by Airflow, with events from Kafka. dbt and Snowflake are a plus. Three years of experience.",
  required: ["Python", "SQL", "Apache Spark", "Airflow"],
  niceToHave: ["dbt", "Snowflake"],
  domains: ["Healthcare", "Insurance"],
  minYears: 3,
  mentioned: ["Python", "SQL", "Apache Spark", "Airflow", "Kafka", "dbt", "Snowflake"],
};

/** Three domains: where partial and full coverage differ. */
export const PLATFORM: JobSpec = {
  title: "Platform engineer",
  description:
    "Platform engineer for a SaaS billing product serving fintech and e-commerce merchants: you will run Kubernetes on AWS, write " +
    "Terraform and Go operators, on Linux and Docker. Prometheus is a plus. Five years of experience.",
  required: ["Kubernetes", "Terraform", "Go", "AWS"],
  niceToHave: ["Prometheus"],
  domains: ["SaaS", "Fintech", "E-commerce"],
  minYears: 5,
  mentioned: ["Kubernetes", "AWS", "Terraform", "Go", "Linux", "Docker", "Prometheus"],
};

/** The demo's j-10: no minimum, three domains, one nice-to-have. */
export const JUNIOR: JobSpec = {
  title: "Junior frontend developer",
  description:
    "Junior frontend developer at Northwind Health: you will work on patient records and clinical workflows. " +
    "You will use JavaScript, React and Tailwind CSS every day, and hands-on experience with Figma helps. " +
    "Familiarity with TypeScript is a plus. This role is open to recent graduates.",
  required: ["JavaScript", "React", "Tailwind CSS"],
  niceToHave: ["TypeScript"],
  domains: ["Healthcare", "Education", "Media"],
  minYears: 0,
  mentioned: ["JavaScript", "React", "Tailwind CSS", "Figma", "TypeScript"],
};

export function jobFeatures(job: JobSpec): JobFeatures {
  return {
    requiredSkillIds: job.required.map(skillId),
    niceToHaveSkillIds: job.niceToHave.map(skillId),
    domainIds: job.domains.map(domainId),
    mustHaveSkillIds: [],
    minSkillsCoverage: 0,
    minYearsExperience: job.minYears,
    mentionedSkillIds: new Set(job.mentioned.map(skillId)),
    textTokens: new Set(tokenize(`${job.title} ${job.description}`)),
  };
}
