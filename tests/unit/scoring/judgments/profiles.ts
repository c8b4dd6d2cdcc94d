import { tokenize } from "../../../../lib/scoring/tokenize";
import type { CandidateFeatures, ResponseEvidence } from "../../../../lib/scoring/types";
import { domainId, impliedBy, skillId, type Domain, type Skill } from "./catalog";

/** A candidate as a recruiter reads a profile. */
export type Profile = {
  skills: Skill[];
  domains: Domain[];
  years: number;
  /** Years of positions in each domain (overlaps already merged). */
  domainYears: Partial<Record<Domain, number>>;
  /** The skills of each portfolio item. */
  portfolio: Skill[][];
  tests: number[];
  /** Recruiter ratings, 1–5. */
  reviews: number[];
  /** Training quiz scores, oldest first. */
  quizzes: number[];
  badges: number;
  /** Headline and summary. */
  text: string;
  /** This job's screening and interview scores, when the candidate responded to it. */
  screening?: number;
  interview?: number;
};

export const plus = (skills: readonly Skill[], ...more: Skill[]): Skill[] => [...skills, ...more];
export const minus = (skills: readonly Skill[], ...less: Skill[]): Skill[] => skills.filter((skill) => !less.includes(skill));
export function candidateFeatures(id: string, profile: Profile): CandidateFeatures {
  return {
    id,
    skillIds: new Set(profile.skills.map(skillId)),
    impliedSkills: impliedBy(profile.skills),
    skillSpellings: new Map(),
    domainIds: new Set(profile.domains.map(domainId)),
    yearsOfExperience: profile.years,
    domainMonths: new Map(Object.entries(profile.domainYears).map(([domain, years]) => [domainId(domain as Domain), years * 12])),
    portfolioSkillIds: profile.portfolio.map((item) => item.map(skillId)),
    testScores: profile.tests,
    feedbackRatings: profile.reviews,
    quizScores: profile.quizzes,
    badgeCount: profile.badges,
    textTokens: tokenize(profile.text),
  };
}

export function responseOf(profile: Profile): ResponseEvidence | undefined {
  if (profile.screening === undefined && profile.interview === undefined) return undefined;
  return { screeningScore: profile.screening ?? null, interviewScore: profile.interview ?? null };
}

/** A frontend engineer in payments: three of the four required skills (no Jest), in Fintech only. */
export const FRONTEND_DEV: Profile = {
  skills: ["TypeScript", "React", "Next.js", "CSS"],
  domains: ["Fintech"],
  years: 6,
  domainYears: { Fintech: 4 },
  portfolio: [["React", "TypeScript"], ["Next.js"], ["CSS"]],
  tests: [74, 81],
  reviews: [4, 4, 5],
  quizzes: [62, 70, 71, 78],
  badges: 1,
  text: "Frontend engineer, payments. Builds checkout and ledger dashboards in React and TypeScript.",
};

/** The worked example's candidate of docs/scoring.md: no Kafka, in Fintech only. */
export const BACKEND_DEV: Profile = {
  skills: ["TypeScript", "Node.js", "PostgreSQL", "AWS", "Docker"],
  domains: ["Fintech"],
  years: 6,
  domainYears: { Fintech: 3.5 },
  portfolio: [["Node.js", "PostgreSQL"], ["TypeScript"], ["Redis"]],
  tests: [78, 88],
  reviews: [5, 4, 4],
  quizzes: [60, 70, 75, 85],
  badges: 1,
  text: "Backend engineer, payments. Node.js services for payouts and reconciliation.",
};

/** A data engineer at an insurer: no Airflow, in Insurance only. */
export const DATA_DEV: Profile = {
  skills: ["Python", "SQL", "Apache Spark", "Pandas"],
  domains: ["Insurance"],
  years: 4,
  domainYears: { Insurance: 3 },
  portfolio: [["Python", "Pandas"], ["Apache Spark"]],
  tests: [70, 76],
  reviews: [4, 4],
  quizzes: [68, 72, 75],
  badges: 0,
  text: "Data engineer building claims pipelines in Python and Spark.",
};

/** A platform engineer at a SaaS company: no Go, in one of the job's three domains. */
export const PLATFORM_DEV: Profile = {
  skills: ["Kubernetes", "Terraform", "AWS", "Docker", "Linux"],
  domains: ["SaaS"],
  years: 7,
  domainYears: { SaaS: 5 },
  portfolio: [["Kubernetes"], ["Terraform", "AWS"]],
  tests: [80],
  reviews: [4, 4, 4, 5],
  quizzes: [70, 75],
  badges: 2,
  text: "Platform engineer running Kubernetes clusters on AWS for a SaaS company.",
};

/** A bootcamp graduate: JavaScript and React, no Tailwind CSS, in Education. */
export const JUNIOR_DEV: Profile = {
  skills: ["JavaScript", "React", "CSS"],
  domains: ["Education"],
  years: 1,
  domainYears: { Education: 1 },
  portfolio: [["React"], ["JavaScript", "CSS"]],
  tests: [68],
  reviews: [4],
  quizzes: [55, 62, 66],
  badges: 1,
  text: "Junior frontend developer, bootcamp graduate, building learning apps in React.",
};
