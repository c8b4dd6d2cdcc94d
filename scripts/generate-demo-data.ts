// Writes data/demo.json, the recruiter demo data set. Seeded and dated against a fixed day so
// reruns are byte-identical and a change to the generator shows up as a reviewable diff.
import { mkdirSync, writeFileSync } from "node:fs";
import { createRandom } from "../lib/random/create-random";
import { shippedTaxonomy } from "../lib/taxonomy/shipped-taxonomy";
import { skillKey } from "../lib/taxonomy/skill-key";
import { closeImplications, createSkillResolver } from "../lib/taxonomy/taxonomy";

// Seeded: Math.random would change the data set on every run.
const { next: rand, int, pick } = createRandom(20261101);
const chance = (p: number) => rand() < p;
function sample<T>(items: readonly T[], n: number): T[] {
  const [pool, out]: [T[], T[]] = [[...items], []];
  while (out.length < n && pool.length > 0) out.push(...pool.splice(Math.floor(rand() * pool.length), 1));
  return out;
}
const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));
// Every date is counted back from the reference day, so nothing lands on or after it.
const REF = Date.UTC(2026, 10, 1);
const daysAgo = (days: number) => new Date(REF - Math.max(1, Math.round(days)) * 86_400_000).toISOString().slice(0, 10);
// The importer's resolution and the scorer's implications, so the eligibility check below agrees with the app.
const resolver = createSkillResolver(shippedTaxonomy);
const key = (s: string) => resolver.resolve(s) ?? skillKey(s);
const implied = closeImplications(shippedTaxonomy.implications);
const covers = (held: readonly string[], wanted: string) =>
  held.some((s) => key(s) === key(wanted) || [...(implied.get(resolver.resolve(s) ?? "") ?? [])].some((g) => key(g) === key(wanted)));
/** All of `skills`, or all but one at random (never one of `keep`), half the time each. */
function dropOne<T>(skills: readonly T[], keep: readonly T[]): T[] {
  const droppable = skills.filter((s) => !keep.includes(s));
  if (droppable.length === 0 || skills.length < 3 || chance(0.5)) return [...skills];
  const dropped = pick(droppable);
  return skills.filter((s) => s !== dropped);
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const list = (xs: readonly string[]) => (xs.length < 2 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs.slice(-1).join("")}`);
// NFD strips most accents, but ł and ø are letters of their own and need spelling out.
const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/gi, "l")
    .replace(/ø/gi, "o")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");

// Ordered from most to least common: the position sets the weight, which gives the long tail.
const SKILLS = [
  "TypeScript",
  "JavaScript",
  "React",
  "Python",
  "Node.js",
  "SQL",
  "AWS",
  "Docker",
  "PostgreSQL",
  "Java",
  "Kubernetes",
  "GraphQL",
  "Next.js",
  "Go",
  "Terraform",
  "Linux",
  "Redis",
  "Kotlin",
  "Swift",
  "C#",
  "Spring Boot",
  "Vue.js",
  "Angular",
  "MongoDB",
  "Kafka",
  "GCP",
  "Azure",
  "machine learning",
  "data engineering",
  "pandas",
  "Jest",
  "Tailwind CSS",
  "Figma",
  "Django",
  "FastAPI",
  ".NET",
  "Android",
  "iOS",
  "React Native",
  "Airflow",
  "dbt",
  "Spark",
  "Snowflake",
  "PyTorch",
  "TensorFlow",
  "Prometheus",
  "Grafana",
  "Cypress",
  "Playwright",
  "Rust",
  "C++",
  "Flutter",
  "gRPC",
  "Elasticsearch",
  "RabbitMQ",
  "OpenTelemetry",
  "Ansible",
  "Ruby on Rails",
  "PHP",
  "Scala",
  "Elixir",
  "NLP",
  "computer vision",
  "security engineering",
  "penetration testing",
  "Unity",
  "WebGL",
] as const;
type Skill = (typeof SKILLS)[number];
const SKILL_POOL = SKILLS.flatMap((skill, rank) => Array.from({ length: Math.ceil(80 / (rank + 2)) }, () => skill));
// How people really write these on résumés and profiles: the importer resolves each to the
// canonical skill through the taxonomy (docs/taxonomy.md), so these candidates are matched as if
// they had written the name.
const VARIANTS: Partial<Record<Skill, readonly string[]>> = {
  TypeScript: ["TS", "typescript "],
  JavaScript: ["JS", "ES6", "Javascript"],
  React: ["ReactJS", "React.js", "  react"],
  "Node.js": ["NodeJS", "node"],
  PostgreSQL: ["Postgres", "POSTGRESQL", "psql"],
  Kubernetes: ["k8s", "kubernetes"],
  Python: ["PYTHON", "Python3"],
  "machine learning": ["ML", "Machine  Learning"],
  AWS: ["aws", "Amazon Web Services"],
  Go: ["Golang"],
  Kafka: ["Apache Kafka"],
  "C#": ["C Sharp", "csharp"],
  "Vue.js": ["VueJS", "Vue"],
  GCP: ["Google Cloud"],
  "Spring Boot": ["Springboot", "spring-boot"],
  "Tailwind CSS": ["Tailwind", "TailwindCSS"],
  MongoDB: ["Mongo"],
  "Next.js": ["NextJS"],
  ".NET": ["dotnet"],
  "Ruby on Rails": ["Rails", "RoR"],
  Spark: ["Apache Spark"],
  Elasticsearch: ["Elastic Search"],
  Terraform: ["terraform"],
};
const written = (skill: Skill) => {
  const variants = VARIANTS[skill];
  return variants && chance(0.35) ? pick(variants) : skill;
};

// [vocabulary for summaries and job texts, a typical portfolio project]
const DOMAINS = {
  Fintech: ["payments, ledgers and fraud checks", "Card payments dashboard"],
  Healthcare: ["patient records and clinical workflows", "Appointment booking for clinics"],
  Logistics: ["route planning and warehouse tracking", "Fleet tracking map"],
  "E-commerce": ["checkout funnels and product catalogues", "Headless storefront"],
  Gaming: ["multiplayer backends and live events", "Matchmaking service"],
  Education: ["learning platforms and online assessments", "Course progress tracker"],
  Cybersecurity: ["threat detection and identity management", "Phishing detection pipeline"],
  Media: ["streaming and content recommendation", "Podcast recommendation engine"],
  Energy: ["smart-grid telemetry and metering", "Energy usage forecaster"],
  Travel: ["booking engines and dynamic pricing", "Flight fare alerts"],
  "Real estate": ["listings search and property management", "Rental listings search"],
  Government: ["citizen services and accessible public portals", "Permit application portal"],
} as const;
type Domain = keyof typeof DOMAINS;
const DOMAIN_NAMES = Object.keys(DOMAINS) as Domain[];

// Role title → the skills people in that role usually list, so profiles read coherently.
const ROLES = Object.entries({
  "frontend engineer": ["TypeScript", "React", "JavaScript", "Next.js", "Vue.js", "Angular", "Tailwind CSS", "Jest", "Cypress", "Figma"],
  "backend engineer": ["Node.js", "TypeScript", "PostgreSQL", "Go", "Java", "Spring Boot", "Redis", "Kafka", "gRPC", "GraphQL"],
  "full-stack engineer": ["TypeScript", "React", "Node.js", "PostgreSQL", "GraphQL", "Next.js", "Docker", "Django"],
  "platform engineer": ["Kubernetes", "Terraform", "AWS", "Docker", "Linux", "GCP", "Prometheus", "Grafana", "Ansible"],
  "data engineer": ["Python", "SQL", "data engineering", "Airflow", "dbt", "Spark", "Snowflake", "Kafka"],
  "machine learning engineer": ["Python", "machine learning", "PyTorch", "pandas", "TensorFlow", "NLP", "computer vision"],
  "mobile engineer": ["Kotlin", "Swift", "Android", "iOS", "React Native", "Flutter"],
  "security engineer": ["security engineering", "penetration testing", "Python", "Linux", "AWS", "Go"],
  "game developer": ["C++", "Unity", "C#", "WebGL", "Rust"],
  ".NET developer": ["C#", ".NET", "Azure", "SQL", "Angular"],
} satisfies Record<string, Skill[]>);

const WORKSPACES = { acme: "Acme Payments", northwind: "Northwind Health", globex: "Globex Logistics" } as const;
// [workspace, title, status, required, nice to have, domains, min years, skills named only in the text]
type JobSpec = [keyof typeof WORKSPACES, string, "ACTIVE" | "DRAFT" | "CLOSED", Skill[], Skill[], Domain[], number, Skill[]];
const JOB_SPECS: JobSpec[] = [
  [
    "acme",
    "Senior frontend engineer",
    "ACTIVE",
    ["TypeScript", "React", "Next.js", "Jest"],
    ["GraphQL", "Figma"],
    ["Fintech", "E-commerce"],
    5,
    ["Playwright"],
  ],
  ["acme", "Backend engineer, payments", "ACTIVE", ["Node.js", "TypeScript", "PostgreSQL", "Kafka"], ["Redis"], ["Fintech"], 3, ["Docker"]],
  [
    "acme",
    "Platform engineer",
    "ACTIVE",
    ["Kubernetes", "Terraform", "AWS", "Docker"],
    ["Prometheus", "Grafana"],
    ["Fintech", "Cybersecurity"],
    4,
    ["Go", "OpenTelemetry"],
  ],
  [
    "acme",
    "Analytics data engineer",
    "ACTIVE",
    ["Python", "SQL", "Airflow", "dbt"],
    ["Snowflake", "Spark"],
    ["Fintech", "E-commerce"],
    3,
    ["Kafka"],
  ],
  [
    "acme",
    "Application security engineer",
    "ACTIVE",
    ["security engineering", "AWS", "Python"],
    ["penetration testing"],
    ["Cybersecurity", "Fintech"],
    5,
    ["Terraform"],
  ],
  ["acme", "Mobile engineer", "DRAFT", ["Kotlin", "Swift", "React Native"], [], ["Fintech"], 2, ["GraphQL"]],
  [
    "northwind",
    "Full-stack engineer, patient portal",
    "ACTIVE",
    ["TypeScript", "React", "Node.js", "PostgreSQL", "GraphQL"],
    ["Tailwind CSS"],
    ["Healthcare", "Government"],
    3,
    ["Cypress"],
  ],
  [
    "northwind",
    "Machine learning engineer",
    "ACTIVE",
    ["Python", "machine learning", "PyTorch", "pandas"],
    ["NLP", "computer vision"],
    ["Healthcare", "Education"],
    4,
    ["Docker", "AWS"],
  ],
  [
    "northwind",
    "Java backend engineer",
    "ACTIVE",
    ["Java", "Spring Boot", "PostgreSQL", "Kafka"],
    ["Kubernetes"],
    ["Healthcare"],
    5,
    ["Redis"],
  ],
  [
    "northwind",
    "Junior frontend developer",
    "ACTIVE",
    ["JavaScript", "React", "Tailwind CSS"],
    ["TypeScript"],
    ["Healthcare", "Education", "Media"],
    0,
    ["Figma"],
  ],
  ["northwind", "iOS engineer", "CLOSED", ["Swift", "iOS", "GraphQL"], ["Kotlin"], ["Healthcare"], 3, ["Figma"]],
  [
    "globex",
    "Go backend engineer",
    "ACTIVE",
    ["Go", "PostgreSQL", "gRPC", "Kubernetes"],
    ["Kafka", "Redis"],
    ["Logistics", "E-commerce"],
    4,
    ["Prometheus"],
  ],
  [
    "globex",
    "Data scientist, routing",
    "ACTIVE",
    ["Python", "machine learning", "SQL"],
    ["Spark"],
    ["Logistics", "Travel", "Energy"],
    3,
    ["pandas"],
  ],
  ["globex", "Android engineer", "ACTIVE", ["Kotlin", "Android", "Java"], ["Flutter"], ["Logistics", "E-commerce"], 2, ["GraphQL"]],
  [
    "globex",
    "Site reliability engineer",
    "ACTIVE",
    ["Kubernetes", "Linux", "Prometheus", "Terraform", "GCP"],
    ["Ansible"],
    ["Logistics", "Energy", "Travel"],
    6,
    ["Go"],
  ],
  [
    "globex",
    "Engineering manager",
    "ACTIVE",
    ["TypeScript", "AWS", "Node.js", "PostgreSQL"],
    [],
    ["Logistics", "Real estate"],
    8,
    ["React"],
  ],
];
// Two jobs filter before they rank, so the feature shows in the demo (docs/scoring.md#eligibility).
const MUST_HAVE: Partial<Record<string, Skill[]>> = { "Backend engineer, payments": ["Kafka"] };
const MIN_COVERAGE: Partial<Record<string, number>> = { "Site reliability engineer": 60 };
const jobs = JOB_SPECS.map(([workspace, title, status, skills, nice, domains, minYears, mentioned], i) => {
  // A text-only skill that is also required would hide the effect of "skills mentioned in the text".
  if (mentioned.some((s) => skills.includes(s))) throw new Error(`${title}: a text-only skill is also required`);
  const description = [
    `${title} at ${WORKSPACES[workspace]}: you will work on ${DOMAINS[domains[0] ?? "Fintech"][0]}.`,
    `You will use ${list(skills.slice(0, 3))} every day, and hands-on experience with ${list(mentioned)} helps.`,
    nice.length > 0 ? `Familiarity with ${list(nice)} is a plus.` : "We value curiosity over checklists.",
    minYears > 0 ? `We are looking for at least ${minYears} years of experience.` : "This role is open to recent graduates.",
  ].join(" ");
  const mustHave = MUST_HAVE[title] ?? [];
  return {
    externalId: `j-${String(i + 1).padStart(2, "0")}`,
    workspace,
    title,
    description,
    status,
    skills,
    niceToHaveSkills: nice,
    domains,
    minYearsExperience: minYears,
    mustHave,
    minSkillsCoverage: MIN_COVERAGE[title] ?? 0,
  };
});
const active = jobs.filter((job) => job.status === "ACTIVE");

const FIRST = [
  "Ada",
  "Amara",
  "Arjun",
  "Beatriz",
  "Chen",
  "Chloe",
  "Daniel",
  "Dmitri",
  "Elif",
  "Emma",
  "Fatima",
  "Finn",
  "Grace",
  "Hana",
  "Hugo",
  "Ines",
  "Ivan",
  "Jonas",
  "José",
  "Kwame",
  "Leila",
  "Liam",
  "Łukasz",
  "Maya",
  "Mateo",
  "Mei",
  "Nadia",
  "Noah",
  "Olga",
  "Omar",
  "Priya",
  "Rafael",
  "Sara",
  "Sven",
  "Tariq",
  "Yuki",
  "Valentina",
  "Wei",
  "Yusuf",
  "Zoë",
];
const LAST = [
  "Abebe",
  "Alvarez",
  "Andersson",
  "Bakker",
  "Banerjee",
  "Costa",
  "Dubois",
  "Eriksen",
  "Fischer",
  "Gomez",
  "Haddad",
  "Herrera",
  "Ivanova",
  "Jensen",
  "Kim",
  "Kowalski",
  "Larsen",
  "Li",
  "Mensah",
  "Moreau",
  "Müller",
  "Nakamura",
  "Nguyen",
  "Novak",
  "Okafor",
  "Olsen",
  "Patel",
  "Petrov",
  "Rossi",
  "Santos",
  "Schmidt",
  "Silva",
  "Singh",
  "Suzuki",
  "Tanaka",
  "Walsh",
  "Wang",
  "Williams",
  "Yilmaz",
  "Zhang",
];
const COMPANIES = [
  "Brightpay",
  "Ledgerly",
  "MediCore",
  "Carewell",
  "Shipwise",
  "Cartly",
  "Pixelforge",
  "Learnbox",
  "Sentinel Labs",
  "Streamly",
  "Gridworks",
  "Tripnest",
  "Homefinder",
  "CivicTech Agency",
  "Datafold",
  "Cloudrail",
];
const COMMENTS = [
  ["Did not deliver the agreed scope."],
  ["Missed several deadlines without warning.", "Code needed heavy rework."],
  ["Did the job, needed some guidance.", "Reliable but slow to ask for help."],
  ["Clear communicator.", "Solid code and good tests.", "Quick to pick up our codebase."],
  ["Outstanding delivery, would hire again.", "Exceptional ownership of the project.", "Raised the bar for the whole team."],
];
const BADGES = ["Top performer", "Fast learner", "Mentor", "Open-source contributor", "Hackathon winner", "Quiz streak"];

const usedEmails = new Set<string>();
// The role whose usual skills share most with a job's (the first on a tie), so a shortlist reads coherently.
const roleFor = (job: (typeof jobs)[number]) =>
  ROLES.reduce((best, role) =>
    role[1].filter((s) => job.skills.includes(s)).length > best[1].filter((s) => job.skills.includes(s)).length ? role : best,
  );

// Two candidates in three are built around an active job, in rounds over the jobs: the first three
// rounds are excellent fits (every required skill, every domain, the experience asked for, a good
// record), the next seven good ones (all but at most one required skill, never a must-have; one
// domain; about the experience asked for), the rest partial ones (one or two required skills).
// The others are drawn freely and make the tail. So each job's list spreads as a recruiter's would.
type Fit = "excellent" | "good" | "partial";
let built = 0;
const candidates = Array.from({ length: 320 }, (_, i) => {
  const round = i % 3 === 2 ? undefined : Math.floor(built / active.length);
  const target = round === undefined ? undefined : active[built++ % active.length];
  const fit: Fit | undefined = round === undefined ? undefined : round < 3 ? "excellent" : round < 10 ? "good" : "partial";
  const [roleTitle, roleSkills] = target && fit !== "partial" ? roleFor(target) : pick(ROLES);
  const wanted = !target
    ? []
    : fit === "excellent"
      ? target.skills
      : fit === "good"
        ? dropOne(target.skills, target.mustHave)
        : sample(target.skills, int(1, 2));
  const [domains, domainCount] = [
    new Set<Domain>(!target ? [] : fit === "excellent" ? target.domains.slice(0, 3) : [pick(target.domains)]),
    int(1, 3),
  ];
  while (domains.size < domainCount) domains.add(pick(DOMAIN_NAMES));
  const nice = target && fit === "excellent" ? sample(target.niceToHaveSkills, int(0, target.niceToHaveSkills.length)) : [];
  const skills = new Set<Skill>([...wanted, ...nice, ...sample(roleSkills, int(2, 4))]);
  const skillCount = Math.min(15, Math.max(skills.size, int(3, 8) + (chance(0.25) ? int(0, 7) : 0)));
  while (skills.size < skillCount) skills.add(pick(SKILL_POOL));
  const [ownSkills, ownDomains] = [[...skills], [...domains]];
  // Tests, reviews and quizzes all follow one hidden quality: high for excellent fits, fair for
  // good ones, and every ninth of the others is a standout.
  const quality =
    fit === "excellent" ? 0.85 + 0.15 * rand() : fit === "good" ? 0.5 + 0.4 * rand() : i % 9 === 0 ? 0.85 + 0.15 * rand() : rand();
  const drawn = Math.min(40, Math.floor(rand() ** 1.7 * 26));
  const asked = target?.minYearsExperience ?? 0;
  const years = fit === "excellent" ? asked + int(1, 5) : fit === "good" ? Math.max(0, asked + int(-1, 3)) : drawn;
  const role = `${years < 2 ? "junior " : years < 5 ? "" : years < 10 ? "senior " : pick(["staff ", "lead ", "principal "])}${roleTitle}`;
  const [first, last] = [pick(FIRST), pick(LAST)];
  const [local, host] = [`${slug(first)}.${slug(last)}`, `example.${i % 3 === 0 ? "org" : "com"}`];
  let email = `${local}@${host}`;
  for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${host}`;
  usedEmails.add(email);
  const experiences: { title: string; company: string; domain: Domain; startDate: string; endDate: string | null; skills: Skill[] }[] = [];
  const expCount = years === 0 ? int(0, 1) : int(0, 4);
  for (let j = 0, start = Math.max(years * 365, int(120, 400)); j < expCount && start > 60; j++) {
    const end = Math.max(1, start - int(150, Math.max(160, Math.floor((years * 365 * 1.2) / expCount))));
    // The last job is usually ongoing; an occasional earlier one is a side job that never ended.
    const current = j === expCount - 1 ? chance(0.6) : chance(0.08);
    const [title, domain] = [cap(j === expCount - 1 ? role : roleTitle), chance(0.8) ? pick(ownDomains) : pick(DOMAIN_NAMES)];
    experiences.push({
      title,
      company: pick(COMPANIES),
      domain,
      startDate: daysAgo(start),
      endDate: current ? null : daysAgo(end),
      skills: sample(ownSkills, int(1, 4)),
    });
    start = chance(0.25) ? end + int(30, 120) : end - int(0, 60); // overlaps the previous job, or follows a gap
  }
  const reviews = fit === "excellent" ? int(4, 10) : i % 10 === 0 ? int(8, 12) : i % 10 === 5 ? 1 : chance(0.3) ? 0 : int(1, 5);
  const feedbacks = Array.from({ length: reviews }, () => {
    const rating = i % 10 === 5 ? 5 : Math.max(1, Math.min(5, Math.round(2.8 + 2.2 * quality + (rand() - 0.5) * 1.6)));
    return { rating, comment: pick(COMMENTS[rating - 1] ?? []), createdAt: daysAgo(int(5, 700)) };
  });
  const technicalTests = Array.from({ length: i % 7 === 3 ? 0 : int(0, 5) }, () => ({
    name: `${pick(ownSkills)} assessment`,
    score: clamp(45 + 50 * quality + int(-12, 12)),
    completedAt: daysAgo(int(10, 800)),
  }));
  // A clear per-attempt trend, so progression tells improvers and decliners apart.
  const [quizCount, trend, firstQuiz] = [chance(0.3) ? 0 : int(1, 10), pick([-6, -4, 0, 0, 3, 5, 7]), int(150, 700)];
  const quizzes = Array.from({ length: quizCount }, (_, j) => ({
    topic: pick(ownSkills),
    score: clamp(35 + 40 * quality + trend * (j - quizCount / 2) + int(-6, 6)),
    completedAt: daysAgo(firstQuiz - (j * firstQuiz) / (quizCount + 1)),
  }));
  const badges = sample(BADGES, chance(quality) ? int(1, 4) : 0).map((name) => ({ name, awardedAt: daysAgo(int(5, 900)) }));
  // An excellent fit's projects use the job's skills.
  const projectSkills = fit === "excellent" ? wanted : ownSkills;
  const portfolio = Array.from({ length: fit === "excellent" ? int(2, 4) : chance(0.4) ? 0 : int(1, 4) }, (_, j) => ({
    title: `${DOMAINS[pick(ownDomains)][1]}${pick(["", " redesign", " API", " prototype"])}`,
    url: `https://example.com/portfolio/${slug(`${first} ${last}`)}-${i + 1}/${j + 1}`,
    skills: sample(projectSkills, int(1, 3)),
  }));
  const [d0 = "Fintech", d1] = ownDomains;
  const summary =
    `${cap(role)} with ${years === 0 ? "less than a year" : years === 1 ? "one year" : `${years} years`} of experience` +
    ` building ${DOMAINS[d0][0]}${d1 ? `, and more recently ${DOMAINS[d1][0]}` : ""}. Works mostly with ${list(ownSkills.slice(0, 3))}.`;
  return {
    externalId: `c-${String(i + 1).padStart(3, "0")}`,
    name: `${first} ${last}`,
    email,
    headline: `${cap(role)}, ${d0}`,
    summary,
    yearsOfExperience: years,
    skills: ownSkills.map(written),
    domains: ownDomains,
    experiences,
    portfolio,
    technicalTests,
    feedbacks,
    quizzes,
    badges,
  };
});

// The app's eligibility (meetsRequirements): a shared domain, every must-have, enough required skills.
const eligible = (job: (typeof jobs)[number]) =>
  candidates.filter((c) => {
    const held = job.skills.filter((t) => covers(c.skills, t)).length;
    return (
      held > 0 &&
      100 * held >= job.minSkillsCoverage * job.skills.length &&
      job.mustHave.every((t) => covers(c.skills, t)) &&
      c.domains.some((d) => job.domains.includes(d))
    );
  });
for (const job of active) if (eligible(job).length < 15) throw new Error(`${job.externalId} has fewer than 15 eligible candidates`);

const responses: { job: string; candidate: string; coverLetter: string; screeningScore: number | null; interviewScore: number | null }[] =
  [];
const [seenPairs, open] = [new Set<string>(), jobs.filter((job) => job.status !== "DRAFT")];
for (let tries = 0; responses.length < 60; tries++) {
  if (tries > 10_000) throw new Error("not enough distinct (job, candidate) pairs for the responses");
  const job = pick(open);
  const candidate = pick(eligible(job));
  const pair = `${job.externalId}/${candidate.externalId}`;
  if (seenPairs.has(pair)) continue;
  seenPairs.add(pair);
  const shared = job.skills.filter((s) => covers(candidate.skills, s));
  const screeningScore = chance(0.25) ? null : int(30, 98);
  const interviewScore = screeningScore === null || chance(0.45) ? null : int(40, 95);
  const coverLetter =
    `Applying for ${job.title}. I have worked on ${DOMAINS[candidate.domains[0] ?? "Fintech"][0]}` +
    ` and would love to bring my ${list(shared)} experience to ${WORKSPACES[job.workspace]}.`;
  responses.push({ job: job.externalId, candidate: candidate.externalId, coverLetter, screeningScore, interviewScore });
}

const workspaces = Object.entries(WORKSPACES).map(([slug, name]) => ({ slug, name }));
mkdirSync(new URL("../data/", import.meta.url), { recursive: true });
// As the import reads them: a must-have is `{ "name", "mustHave": true }`, a minimum only where set.
const jobFile = jobs.map(({ mustHave, minSkillsCoverage, skills, ...job }) => ({
  ...job,
  skills: skills.map((name) => (mustHave.includes(name) ? { name, mustHave: true } : name)),
  ...(minSkillsCoverage > 0 ? { minSkillsCoverage } : {}),
}));
writeFileSync(
  new URL("../data/demo.json", import.meta.url),
  `${JSON.stringify({ workspaces, candidates, jobs: jobFile, responses }, null, 2)}\n`,
);
console.log(
  `wrote data/demo.json: ${candidates.length} candidates, ${jobs.length} jobs, ` +
    `${workspaces.length} workspaces, ${responses.length} responses`,
);
