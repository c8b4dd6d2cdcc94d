import { Prisma } from "../db";

/** The two catalogues resolved the same way: skills and domains. */
export type CatalogKind = "skill" | "domain";

type Tables = { entry: Prisma.Sql; alias: Prisma.Sql; foreignKey: Prisma.Sql };

// Identifiers spliced into SQL: fixed literals, never input.
const TABLES: Record<CatalogKind, Tables> = {
  skill: { entry: Prisma.raw(`"Skill"`), alias: Prisma.raw(`"SkillAlias"`), foreignKey: Prisma.raw(`"skillId"`) },
  domain: { entry: Prisma.raw(`"Domain"`), alias: Prisma.raw(`"DomainAlias"`), foreignKey: Prisma.raw(`"domainId"`) },
};

export const tablesOf = (kind: CatalogKind): Tables => TABLES[kind];
