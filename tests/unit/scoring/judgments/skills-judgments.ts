import type { Judgment } from "./judgment";
import { BACKEND, DATA, FRONTEND, JUNIOR, PLATFORM } from "./jobs";
import { BACKEND_DEV, DATA_DEV, FRONTEND_DEV, JUNIOR_DEV, PLATFORM_DEV, minus, plus } from "./profiles";

const FE = FRONTEND_DEV.skills;
const BE = BACKEND_DEV.skills;
const DE = DATA_DEV.skills;
const PE = PLATFORM_DEV.skills;
const JE = JUNIOR_DEV.skills;

/** Required coverage, badges against a required skill, implied skills, nice-to-have and extra skills. */
export const SKILLS_JUDGMENTS: Judgment[] = [
  // Full coverage of the required skills beats partial coverage, the same seniority.
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FE, "Jest") },
    b: {},
    because: "has all four required skills (Jest too); the other lacks Jest, with the same seniority",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { skills: plus(BE, "Kafka") },
    b: {},
    because: "covers Kafka, the last required skill; the other does not",
  },
  { job: DATA, base: DATA_DEV, a: {}, b: { skills: minus(DE, "Apache Spark") }, because: "three required skills beat two, all else equal" },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { skills: plus(PE, "Go") },
    b: { skills: minus(PE, "Terraform") },
    because: "all four required skills beat two of four",
  },
  {
    job: JUNIOR,
    base: JUNIOR_DEV,
    a: { skills: plus(JE, "Tailwind CSS") },
    b: {},
    because: "knows Tailwind CSS, which the job uses every day",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FE, "Jest"), reviews: [4, 4, 4] },
    b: { reviews: [5, 5, 4] },
    because: "a missing required skill is not made up by slightly better reviews",
  },
  // A direct skill beats a missing one, whatever the badges.
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FE, "Jest"), badges: 0 },
    b: { badges: 6 },
    because: "has Jest, a required skill; six badges do not stand in for it",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { skills: plus(BE, "Kafka"), badges: 0 },
    b: { badges: 5 },
    because: "has Kafka, a required skill; five badges do not stand in for it",
  },
  {
    job: JUNIOR,
    base: JUNIOR_DEV,
    a: { skills: plus(JE, "Tailwind CSS"), badges: 0 },
    b: { badges: 5 },
    because: "has Tailwind CSS, a required skill; badges do not stand in for it",
  },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { skills: plus(PE, "Go"), badges: 0 },
    b: { badges: 8 },
    because: "writes Go, a required skill; eight badges do not stand in for it",
  },
  {
    job: DATA,
    base: DATA_DEV,
    a: { skills: plus(DE, "Airflow") },
    b: { badges: 4 },
    because: "runs Airflow, a required skill; four badges do not stand in for it",
  },
  // A listed skill is stronger evidence than one implied by a more specific skill, which beats none.
  {
    job: DATA,
    base: DATA_DEV,
    a: { skills: plus(DE, "PostgreSQL") },
    b: { skills: plus(minus(DE, "SQL"), "PostgreSQL") },
    because: "lists SQL itself; the other only lists PostgreSQL, which implies SQL but says less about it",
  },
  {
    job: DATA,
    base: DATA_DEV,
    a: { skills: plus(minus(DE, "SQL"), "PostgreSQL") },
    b: { skills: minus(DE, "SQL") },
    because: "PostgreSQL implies SQL: some evidence of a required skill beats none",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: {},
    b: { skills: minus(FE, "React") },
    because: "lists React itself, not only Next.js, which implies it",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: {},
    b: { skills: plus(minus(BE, "TypeScript"), "JavaScript") },
    because: "the job requires TypeScript; JavaScript does not imply it",
  },
  // Skills beyond the required ones are the bonus.
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FE, "GraphQL", "Figma") },
    b: {},
    because: "knows both nice-to-have skills, GraphQL and Figma, all else equal",
  },
  { job: BACKEND, base: BACKEND_DEV, a: {}, b: { skills: minus(BE, "AWS") }, because: "knows AWS, a nice-to-have, all else equal" },
  { job: DATA, base: DATA_DEV, a: { skills: plus(DE, "dbt") }, b: {}, because: "knows dbt, a nice-to-have, all else equal" },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { skills: plus(PE, "Go", "Prometheus") },
    b: { skills: plus(PE, "Go") },
    because: "both have every required skill; Prometheus, a nice-to-have, is the bonus",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FE, "Jest") },
    b: { skills: plus(FE, "GraphQL", "Figma") },
    because: "a required skill (Jest) outweighs both nice-to-have skills",
  },
  { job: BACKEND, base: BACKEND_DEV, a: {}, b: { skills: minus(BE, "Docker") }, because: "knows Docker, which the post says they ship in" },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { skills: plus(FE, "Playwright") },
    b: {},
    because: "knows Playwright, which the post says helps",
  },
];
