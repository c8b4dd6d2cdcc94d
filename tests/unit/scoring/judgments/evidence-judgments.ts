import type { Judgment } from "./judgment";
import { BACKEND, DATA, FRONTEND, JUNIOR, PLATFORM } from "./jobs";
import { BACKEND_DEV, DATA_DEV, FRONTEND_DEV, JUNIOR_DEV, PLATFORM_DEV, plus } from "./profiles";

/** Reviews, tests, screening and interview, quizzes and progression, and where the weights decide. */
export const EVIDENCE_JUDGMENTS: Judgment[] = [
  // A strong, consistent review record beats one lucky review.
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { reviews: [5, 5, 4, 5, 5, 4, 5, 5, 5, 4, 5, 5] },
    b: { reviews: [5] },
    because: "twelve reviews averaging 4.75 beat a single 5-star review",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { reviews: [4, 5, 4, 5, 5, 4, 5, 4] },
    b: { reviews: [5] },
    because: "eight reviews averaging 4.5 beat a single 5-star review",
  },
  {
    job: DATA,
    base: DATA_DEV,
    a: { reviews: [4, 4, 5, 4, 5, 4] },
    b: { reviews: [5] },
    because: "six good reviews beat a single 5-star review",
  },
  {
    job: PLATFORM,
    base: PLATFORM_DEV,
    a: { reviews: [5, 4, 5, 5, 4, 5, 4, 5, 5, 4] },
    b: { reviews: [5, 5] },
    because: "ten reviews averaging 4.6 beat two perfect ones",
  },
  {
    job: JUNIOR,
    base: JUNIOR_DEV,
    a: { reviews: [4, 5, 4, 5] },
    b: { reviews: [5] },
    because: "four reviews averaging 4.5 beat a single 5-star review",
  },
  // Technical evidence, and this job's screening and interview.
  {
    job: DATA,
    base: DATA_DEV,
    a: { tests: [90, 92] },
    b: { tests: [60, 65] },
    because: "scored 90 and 92 on the technical tests, against 60 and 65",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { screening: 85 },
    b: { screening: 40 },
    because: "the recruiter screened them at 85 for this job, the other at 40",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { interview: 90 },
    b: { interview: 50 },
    because: "interviewed at 90 for this job, the other at 50",
  },
  // Training quizzes and progression.
  {
    job: DATA,
    base: DATA_DEV,
    a: { quizzes: [78, 82, 85, 88, 90] },
    b: { quizzes: [60, 62] },
    because: "five quizzes scoring 78 to 90 beat two around 60",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: {},
    b: { quizzes: [] },
    because: "has done four training quizzes, scoring 62 to 78; the other none",
  },
  {
    job: JUNIOR,
    base: JUNIOR_DEV,
    a: { quizzes: [55, 62, 70, 80] },
    b: { quizzes: [80, 70, 62, 55] },
    because: "for a junior hire, quiz scores climbing from 55 to 80 beat the same scores falling",
  },
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { skills: plus(BACKEND_DEV.skills, "Kafka") },
    b: { quizzes: [60, 70, 75, 85, 92, 95] },
    because: "has Kafka, a required skill; two more good quizzes do not replace it",
  },
  // Where the brief's weights decide.
  {
    job: BACKEND,
    base: BACKEND_DEV,
    a: { skills: plus(BACKEND_DEV.skills, "Kafka"), reviews: [4, 3, 4] },
    b: { reviews: [5, 5, 4] },
    because: "between two candidates with decent reviews, the one with Kafka, a required skill, goes first",
  },
  {
    job: FRONTEND,
    base: FRONTEND_DEV,
    a: { domains: ["Fintech", "E-commerce"] },
    b: { badges: 3 },
    because: "working in both of the job's domains weighs more than two more badges",
  },
  {
    job: DATA,
    base: DATA_DEV,
    a: { reviews: [5, 4, 5, 5, 4, 5] },
    b: { reviews: [], badges: 3 },
    because: "six strong reviews from recruiters weigh more than three badges and no review",
  },
];
