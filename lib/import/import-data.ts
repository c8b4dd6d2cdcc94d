import type { Db, DbTransaction } from "../db";
import { featureFingerprint } from "../matching/feature-fingerprint";
import { loadCandidateFeatures } from "../matching/load-candidates";
import { ensureTaxonomy } from "../taxonomy/ensure-taxonomy";
import { resolveNames } from "../taxonomy/resolve-names";
import { resolvedList, type ResolvedNames } from "../taxonomy/resolved-list";
import type { ImportFile } from "./import-schema";
import { validateImport } from "./validate-import";

export type ImportSummary = {
  workspaces: number;
  candidates: number;
  jobs: number;
  responses: number;
  /** Candidates created, or whose scoring features changed: those incremental matching must see. */
  changedCandidateIds: string[];
};

const idsOf = (names: readonly string[], resolved: ResolvedNames) => resolvedList(names, resolved).map((entry) => entry.id);

// Any fixed key of our own: imports take it for their transaction, nothing else does.
const IMPORT_LOCK = 7_236_011_004;

/**
 * Validates, then writes the whole file in one transaction: all of it or nothing. Upserts by
 * externalId (slug for workspaces); a candidate's lists and a job's requirements are replaced.
 * Imports run one at a time: two at once would each create the same new skills and candidates
 * and fail on the other's rows (or validate against a database the other is changing), so each
 * takes the import lock first and validates again inside it; the second waits, then runs.
 */
export async function importData(db: Db, input: unknown): Promise<ImportSummary> {
  // Checked before the catalogue's sync, so an invalid file writes nothing at all; the sync is a
  // transaction of its own, which cannot run inside the import's.
  await validateImport(db, input);
  await ensureTaxonomy(db);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK}::bigint)`;
      // Again under the lock: an import that ran meanwhile may have put a job in another workspace.
      return write(tx, await validateImport(tx, input));
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}

async function write(tx: DbTransaction, data: ImportFile): Promise<ImportSummary> {
  const skills = await resolveNames(tx, "skill", [
    ...data.candidates.flatMap((c) => [...c.skills, ...c.experiences.flatMap((e) => e.skills), ...c.portfolio.flatMap((p) => p.skills)]),
    ...data.jobs.flatMap((job) => [...job.skills, ...job.niceToHaveSkills].map((skill) => skill.name)),
  ]);
  const domains = await resolveNames(tx, "domain", [
    ...data.candidates.flatMap((c) => [...c.domains, ...c.experiences.flatMap((e) => (e.domain ? [e.domain] : []))]),
    ...data.jobs.flatMap((job) => job.domains),
  ]);

  for (const workspace of data.workspaces) {
    await tx.workspace.upsert({ where: { slug: workspace.slug }, create: workspace, update: { name: workspace.name } });
  }
  const workspaceIds = new Map(
    (await tx.workspace.findMany({ where: { slug: { in: data.jobs.map((job) => job.workspace) } } })).map((w) => [w.slug, w.id]),
  );

  const asOf = new Date();
  const before = await candidateFingerprints(
    tx,
    (await tx.candidate.findMany({ where: { externalId: { in: data.candidates.map((c) => c.externalId) } }, select: { id: true } })).map(
      (c) => c.id,
    ),
    asOf,
  );
  const candidateIds = new Map<string, string>();
  for (const c of data.candidates) {
    const fields = {
      name: c.name,
      email: c.email ?? null,
      headline: c.headline ?? "",
      summary: c.summary ?? "",
      yearsOfExperience: c.yearsOfExperience,
    };
    const row = await tx.candidate.upsert({
      where: { externalId: c.externalId },
      create: { externalId: c.externalId, ...fields },
      update: fields,
    });
    candidateIds.set(c.externalId, row.id);
  }
  await replaceCandidateLists(tx, data, candidateIds, skills, domains);
  const after = await candidateFingerprints(tx, [...candidateIds.values()], asOf);
  const changedCandidateIds = [...after].filter(([id, fingerprint]) => before.get(id) !== fingerprint).map(([id]) => id);

  for (const job of data.jobs) {
    const fields = {
      title: job.title,
      description: job.description ?? "",
      status: job.status,
      minYearsExperience: job.minYearsExperience,
      minSkillsCoverage: job.minSkillsCoverage,
    };
    const row = await tx.job.upsert({
      where: { externalId: job.externalId },
      create: { externalId: job.externalId, workspaceId: workspaceIds.get(job.workspace)!, ...fields },
      update: fields,
    });
    const required = resolvedList(
      job.skills.map((skill) => skill.name),
      skills,
    );
    const requiredIds = new Set(required.map((entry) => entry.id));
    // One spelling marked must-have makes the skill one, however else it is written.
    const mustHave = new Set(
      idsOf(
        job.skills.filter((skill) => skill.mustHave).map((skill) => skill.name),
        skills,
      ),
    );
    const nice = resolvedList(
      job.niceToHaveSkills.map((skill) => skill.name),
      skills,
    ).filter((entry) => !requiredIds.has(entry.id));
    await tx.jobSkill.deleteMany({ where: { jobId: row.id } });
    await tx.jobDomain.deleteMany({ where: { jobId: row.id } });
    await tx.jobSkill.createMany({
      data: [
        ...required.map(({ id, spelling }) => ({ jobId: row.id, skillId: id, required: true, mustHave: mustHave.has(id), spelling })),
        ...nice.map(({ id, spelling }) => ({ jobId: row.id, skillId: id, required: false, spelling })),
      ],
    });
    await tx.jobDomain.createMany({ data: idsOf(job.domains, domains).map((domainId) => ({ jobId: row.id, domainId })) });
  }

  if (data.responses.length > 0) {
    const jobIds = new Map(
      (
        await tx.job.findMany({ where: { externalId: { in: data.responses.map((r) => r.job) } }, select: { id: true, externalId: true } })
      ).map((job) => [job.externalId, job.id]),
    );
    const stored = await tx.candidate.findMany({
      where: { externalId: { in: data.responses.map((r) => r.candidate) } },
      select: { id: true, externalId: true },
    });
    const responseCandidates = new Map(stored.map((c) => [c.externalId, c.id]));
    for (const response of data.responses) {
      const jobId = jobIds.get(response.job)!;
      const candidateId = responseCandidates.get(response.candidate)!;
      const fields = {
        coverLetter: response.coverLetter ?? "",
        screeningScore: response.screeningScore ?? null,
        interviewScore: response.interviewScore ?? null,
      };
      await tx.response.upsert({
        where: { jobId_candidateId: { jobId, candidateId } },
        create: { jobId, candidateId, ...fields },
        update: fields,
      });
    }
  }
  return {
    workspaces: data.workspaces.length,
    candidates: data.candidates.length,
    jobs: data.jobs.length,
    responses: data.responses.length,
    changedCandidateIds,
  };
}

async function candidateFingerprints(tx: DbTransaction, ids: string[], asOf: Date): Promise<Map<string, string>> {
  const features = await loadCandidateFeatures(tx, ids, asOf);
  return new Map([...features].map(([id, candidate]) => [id, featureFingerprint(candidate)]));
}

async function replaceCandidateLists(
  tx: DbTransaction,
  data: ImportFile,
  ids: ReadonlyMap<string, string>,
  skills: ResolvedNames,
  domains: ResolvedNames,
) {
  const all = [...ids.values()];
  const where = { candidateId: { in: all } };
  await Promise.all([
    tx.candidateSkill.deleteMany({ where }),
    tx.candidateDomain.deleteMany({ where }),
    tx.experience.deleteMany({ where }),
    tx.portfolioItem.deleteMany({ where }),
    tx.technicalTest.deleteMany({ where }),
    tx.feedback.deleteMany({ where }),
    tx.quizAttempt.deleteMany({ where }),
    tx.badge.deleteMany({ where }),
  ]);
  const rows = data.candidates.map((c) => ({ c, candidateId: ids.get(c.externalId)! }));
  await tx.candidateSkill.createMany({
    data: rows.flatMap(({ c, candidateId }) =>
      resolvedList(c.skills, skills).map(({ id, spelling }) => ({ candidateId, skillId: id, spelling })),
    ),
  });
  await tx.candidateDomain.createMany({
    data: rows.flatMap(({ c, candidateId }) => idsOf(c.domains, domains).map((domainId) => ({ candidateId, domainId }))),
  });
  await tx.experience.createMany({
    data: rows.flatMap(({ c, candidateId }) =>
      c.experiences.map((e) => ({
        candidateId,
        title: e.title,
        company: e.company ?? "",
        domainId: e.domain ? (idsOf([e.domain], domains)[0] ?? null) : null,
        startDate: e.startDate,
        endDate: e.endDate ?? null,
        skillIds: idsOf(e.skills, skills),
      })),
    ),
  });
  await tx.portfolioItem.createMany({
    data: rows.flatMap(({ c, candidateId }) =>
      c.portfolio.map((p) => ({ candidateId, title: p.title, url: p.url ?? null, skillIds: idsOf(p.skills, skills) })),
    ),
  });
  await tx.technicalTest.createMany({ data: rows.flatMap(({ c, candidateId }) => c.technicalTests.map((t) => ({ candidateId, ...t }))) });
  await tx.feedback.createMany({
    data: rows.flatMap(({ c, candidateId }) =>
      c.feedbacks.map((f) => ({
        candidateId,
        rating: f.rating,
        comment: f.comment ?? "",
        ...(f.createdAt ? { createdAt: f.createdAt } : {}),
      })),
    ),
  });
  await tx.quizAttempt.createMany({ data: rows.flatMap(({ c, candidateId }) => c.quizzes.map((q) => ({ candidateId, ...q }))) });
  await tx.badge.createMany({ data: rows.flatMap(({ c, candidateId }) => c.badges.map((b) => ({ candidateId, ...b }))) });
}
