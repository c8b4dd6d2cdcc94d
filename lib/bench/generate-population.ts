import type { Db } from "../db";
import { createRandom, type Random } from "../random/create-random";

export type PopulationSize = { candidates: number; jobs: number; seed: number };

// Realistic shapes, per the issue: a few hundred skills with a long tail, 20–40 domains.
const SKILLS = 300;
const DOMAINS = 30;
const WORKSPACES = 10;
const VOCABULARY = 600;
const RESPONSES_PER_JOB = 5;
// Rows per INSERT … SELECT FROM unnest(…): a handful of round trips per chunk of candidates.
const CHUNK = 5000;
const DAY_MS = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 0, 1);

/**
 * Writes a seeded synthetic population into an empty, migrated database: skills, domains,
 * workspaces, candidates with their histories, ACTIVE jobs and a few responses, all in bulk
 * (one multi-row INSERT per table and chunk, never a row at a time). Same seed, same rows.
 */
export async function generatePopulation(db: Db, size: PopulationSize, onProgress?: (done: number) => void): Promise<void> {
  const random = createRandom(size.seed);
  const words = pseudoWords(random, SKILLS + VOCABULARY);
  const skillNames = words.slice(0, SKILLS);
  const vocabulary = words.slice(SKILLS);
  const domainNames = Array.from({ length: DOMAINS }, (_, i) => `Domain ${capitalise(vocabulary[i]!)}`);

  await db.$executeRaw`INSERT INTO "Skill" (id, key, name) SELECT i, lower(n), n FROM unnest(${range(SKILLS)}::int[], ${skillNames.map(capitalise)}::text[]) AS u(i, n)`;
  await db.$executeRaw`INSERT INTO "Domain" (id, key, name) SELECT i, lower(n), n FROM unnest(${range(DOMAINS)}::int[], ${domainNames}::text[]) AS u(i, n)`;
  await db.$executeRawUnsafe(`SELECT setval(pg_get_serial_sequence('"Skill"', 'id'), ${SKILLS}), setval(pg_get_serial_sequence('"Domain"', 'id'), ${DOMAINS})`);
  const workspaceIds = Array.from({ length: WORKSPACES }, () => random.uuid());
  await db.$executeRaw`
    INSERT INTO "Workspace" (id, slug, name, "updatedAt")
    SELECT id, 'bench-' || n, 'Bench ' || n, now() FROM unnest(${workspaceIds}::uuid[], ${range(WORKSPACES)}::int[]) AS u(id, n)`;

  const candidateIds: string[] = [];
  const text = (count: number) => Array.from({ length: count }, () => vocabulary[random.zipf(VOCABULARY, 0.9)]!).join(" ");
  for (let start = 0; start < size.candidates; start += CHUNK) {
    const rows = new Rows();
    for (let n = start; n < Math.min(size.candidates, start + CHUNK); n++) {
      const id = random.uuid();
      candidateIds.push(id);
      const skills = distinct(random, random.int(3, 15), () => random.zipf(SKILLS) + 1);
      const domains = distinct(random, random.int(1, 3), () => random.zipf(DOMAINS, 0.8) + 1);
      const mentioned = skills.slice(0, 3).map((skill) => skillNames[skill - 1]!);
      rows.add("candidate", [id, `bench-c-${n + 1}`, `Candidate ${n + 1}`, `${text(3)} ${mentioned[0]}`, `${text(random.int(10, 30))} ${mentioned.join(" ")}`, Math.round(random.next() * 200) / 10]);
      for (const skill of skills) rows.add("skill", [id, skill]);
      for (const domain of domains) rows.add("domain", [id, domain]);
      for (let i = random.int(0, 4); i > 0; i--) {
        const startDate = NOW - random.int(90, 15 * 365) * DAY_MS;
        const open = random.next() < 0.3;
        const endDate = open ? null : Math.min(NOW, startDate + random.int(90, 5 * 365) * DAY_MS);
        const domain = random.next() < 0.9 ? random.pick(domains) : null;
        rows.add("experience", [id, `${capitalise(text(2))} engineer`, domain, iso(startDate), endDate === null ? null : iso(endDate), pgArray(skills.slice(0, random.int(1, 4)))]);
      }
      for (let i = random.int(0, 3); i > 0; i--) rows.add("portfolio", [id, `Project ${text(1)}`, pgArray(distinct(random, random.int(1, 3), () => random.pick(skills)))]);
      for (let i = random.int(0, 5); i > 0; i--) rows.add("test", [id, `Test ${text(1)}`, random.int(30, 100), iso(NOW - random.int(1, 1000) * DAY_MS)]);
      for (let i = random.int(0, 6); i > 0; i--) rows.add("feedback", [id, Math.min(5, 1 + random.zipf(5, 0.5) + random.int(0, 1))]);
      const quizBase = random.int(20, 80);
      for (let i = random.int(0, 8), q = 0; i > 0; i--, q++) {
        rows.add("quiz", [id, `Quiz ${text(1)}`, Math.min(100, quizBase + q * random.int(-2, 8)), iso(NOW - (400 - q * 30) * DAY_MS - random.int(0, 20) * DAY_MS)]);
      }
      for (let i = random.zipf(5, 1.5); i > 0; i--) rows.add("badge", [id, `Badge ${text(1)}`, iso(NOW - random.int(1, 700) * DAY_MS)]);
    }
    await rows.write(db);
    onProgress?.(Math.min(size.candidates, start + CHUNK));
  }

  const jobs = new Rows();
  for (let n = 0; n < size.jobs; n++) {
    const id = random.uuid();
    const required = distinct(random, random.int(3, 8), () => random.zipf(SKILLS) + 1);
    const nice = distinct(random, random.int(0, 4), () => random.zipf(SKILLS) + 1).filter((skill) => !required.includes(skill));
    const mentioned = [random.zipf(SKILLS) + 1, required[0]!].map((skill) => skillNames[skill - 1]!);
    const description = `${text(random.int(20, 50))} ${mentioned.join(" ")} ${text(10)}`;
    jobs.add("job", [id, random.pick(workspaceIds), `bench-j-${n + 1}`, `${capitalise(text(2))} ${mentioned[1]} engineer`, description, random.int(0, 8)]);
    for (const skill of required) jobs.add("jobSkill", [id, skill, true]);
    for (const skill of nice) jobs.add("jobSkill", [id, skill, false]);
    for (const domain of distinct(random, random.int(1, 3), () => random.zipf(DOMAINS, 0.8) + 1)) jobs.add("jobDomain", [id, domain]);
    if (candidateIds.length > 0) {
      for (const candidate of new Set(Array.from({ length: RESPONSES_PER_JOB }, () => random.pick(candidateIds)))) {
        jobs.add("response", [id, candidate, random.int(20, 100), random.next() < 0.4 ? random.int(20, 100) : null]);
      }
    }
  }
  await jobs.write(db);
  // Writing each table in bulk refreshed every CandidateSummary row once per table: nine versions
  // of each, which a database filled over time would have had reused by autovacuum long ago, and
  // which the contenders query would otherwise read through. Then, as autovacuum would have by
  // now: statistics for the planner, and the visibility map that lets the eligibility query read
  // its index alone.
  await db.$executeRawUnsafe(`VACUUM FULL "CandidateSummary"`);
  await db.$executeRawUnsafe(`VACUUM ANALYZE`);
}

type Table = "candidate" | "skill" | "domain" | "experience" | "portfolio" | "test" | "feedback" | "quiz" | "badge" | "job" | "jobSkill" | "jobDomain" | "response";
type Value = string | number | boolean | null;

/** Column-wise buffers of one chunk, written with one INSERT … SELECT FROM unnest(…) per table. */
class Rows {
  private readonly tables = new Map<Table, Value[][]>();

  add(table: Table, row: Value[]) {
    let columns = this.tables.get(table);
    if (!columns) this.tables.set(table, (columns = row.map(() => [])));
    row.forEach((value, i) => columns[i]!.push(value));
  }

  async write(db: Db) {
    const c = (table: Table) => this.tables.get(table);
    const run = async (table: Table, insert: (columns: Value[][]) => Promise<number>) => {
      const columns = c(table);
      if (columns) await insert(columns);
    };
    await run("candidate", ([id, ext, name, headline, summary, years]) => db.$executeRaw`
      INSERT INTO "Candidate" (id, "externalId", name, headline, summary, "yearsOfExperience", "updatedAt")
      SELECT *, now() FROM unnest(${id}::uuid[], ${ext}::text[], ${name}::text[], ${headline}::text[], ${summary}::text[], ${years}::float8[])`);
    await run("job", ([id, workspace, ext, title, description, years]) => db.$executeRaw`
      INSERT INTO "Job" (id, "workspaceId", "externalId", title, description, "minYearsExperience", status, "updatedAt")
      SELECT *, 'ACTIVE', now() FROM unnest(${id}::uuid[], ${workspace}::uuid[], ${ext}::text[], ${title}::text[], ${description}::text[], ${years}::float8[])`);
    await Promise.all([
      run("skill", ([id, skill]) => db.$executeRaw`INSERT INTO "CandidateSkill" SELECT * FROM unnest(${id}::uuid[], ${skill}::int[])`),
      run("domain", ([id, domain]) => db.$executeRaw`INSERT INTO "CandidateDomain" SELECT * FROM unnest(${id}::uuid[], ${domain}::int[])`),
      run("experience", ([id, title, domain, start, end, skills]) => db.$executeRaw`
        INSERT INTO "Experience" (id, "candidateId", title, "domainId", "startDate", "endDate", "skillIds")
        SELECT gen_random_uuid(), c, t, d, s::timestamp, e::timestamp, k::int[]
        FROM unnest(${id}::uuid[], ${title}::text[], ${domain}::int[], ${start}::text[], ${end}::text[], ${skills}::text[]) AS u(c, t, d, s, e, k)`),
      run("portfolio", ([id, title, skills]) => db.$executeRaw`
        INSERT INTO "PortfolioItem" (id, "candidateId", title, "skillIds")
        SELECT gen_random_uuid(), c, t, k::int[] FROM unnest(${id}::uuid[], ${title}::text[], ${skills}::text[]) AS u(c, t, k)`),
      run("test", ([id, name, score, at]) => db.$executeRaw`
        INSERT INTO "TechnicalTest" (id, "candidateId", name, score, "completedAt")
        SELECT gen_random_uuid(), c, n, s, a::timestamp FROM unnest(${id}::uuid[], ${name}::text[], ${score}::float8[], ${at}::text[]) AS u(c, n, s, a)`),
      run("feedback", ([id, rating]) => db.$executeRaw`
        INSERT INTO "Feedback" (id, "candidateId", rating) SELECT gen_random_uuid(), c, r FROM unnest(${id}::uuid[], ${rating}::int[]) AS u(c, r)`),
      run("quiz", ([id, topic, score, at]) => db.$executeRaw`
        INSERT INTO "QuizAttempt" (id, "candidateId", topic, score, "completedAt")
        SELECT gen_random_uuid(), c, t, s, a::timestamp FROM unnest(${id}::uuid[], ${topic}::text[], ${score}::float8[], ${at}::text[]) AS u(c, t, s, a)`),
      run("badge", ([id, name, at]) => db.$executeRaw`
        INSERT INTO "Badge" (id, "candidateId", name, "awardedAt")
        SELECT gen_random_uuid(), c, n, a::timestamp FROM unnest(${id}::uuid[], ${name}::text[], ${at}::text[]) AS u(c, n, a)`),
      run("jobSkill", ([id, skill, required]) => db.$executeRaw`INSERT INTO "JobSkill" SELECT * FROM unnest(${id}::uuid[], ${skill}::int[], ${required}::bool[])`),
      run("jobDomain", ([id, domain]) => db.$executeRaw`INSERT INTO "JobDomain" SELECT * FROM unnest(${id}::uuid[], ${domain}::int[])`),
      run("response", ([job, candidate, screening, interview]) => db.$executeRaw`
        INSERT INTO "Response" (id, "jobId", "candidateId", "screeningScore", "interviewScore", "updatedAt")
        SELECT gen_random_uuid(), j, c, s, i, now() FROM unnest(${job}::uuid[], ${candidate}::uuid[], ${screening}::float8[], ${interview}::float8[]) AS u(j, c, s, i)`),
    ]);
  }
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const iso = (ms: number) => new Date(ms).toISOString();
const pgArray = (values: readonly number[]) => `{${values.join(",")}}`;
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function distinct(random: Random, count: number, draw: () => number): number[] {
  const picked = new Set<number>();
  for (let attempts = 0; picked.size < count && attempts < count * 20; attempts++) picked.add(draw());
  return [...picked];
}

/** Distinct pronounceable made-up words: skill names and the vocabulary of headlines and job posts. */
function pseudoWords(random: Random, count: number): string[] {
  const consonants = "bcdfghklmnprstvz";
  const vowels = "aeiou";
  const words = new Set<string>();
  while (words.size < count) {
    let word = "";
    for (let i = random.int(2, 3); i > 0; i--) word += random.pick([...consonants]) + random.pick([...vowels]);
    words.add(word);
  }
  return [...words];
}
