-- CreateEnum
CREATE TYPE "TaxonomySource" AS ENUM ('CATALOGUE', 'OPERATOR', 'SEEN');

-- AlterTable
ALTER TABLE "CandidateSkill" ADD COLUMN     "spelling" TEXT;

-- AlterTable
ALTER TABLE "Domain" ADD COLUMN     "source" "TaxonomySource" NOT NULL DEFAULT 'SEEN';

-- AlterTable
ALTER TABLE "JobSkill" ADD COLUMN     "spelling" TEXT;

-- AlterTable
ALTER TABLE "Skill" ADD COLUMN     "source" "TaxonomySource" NOT NULL DEFAULT 'SEEN';

-- CreateTable
CREATE TABLE "SkillAlias" (
    "key" TEXT NOT NULL,
    "skillId" INTEGER NOT NULL,
    "spelling" TEXT NOT NULL,
    "source" "TaxonomySource" NOT NULL,

    CONSTRAINT "SkillAlias_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "SkillImplication" (
    "skillId" INTEGER NOT NULL,
    "impliesId" INTEGER NOT NULL,
    "source" "TaxonomySource" NOT NULL,

    CONSTRAINT "SkillImplication_pkey" PRIMARY KEY ("skillId","impliesId")
);

-- CreateTable
CREATE TABLE "SkillClosure" (
    "skillId" INTEGER NOT NULL,
    "impliedId" INTEGER NOT NULL,

    CONSTRAINT "SkillClosure_pkey" PRIMARY KEY ("skillId","impliedId")
);

-- CreateTable
CREATE TABLE "TaxonomyState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "shippedVersion" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TaxonomyState_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TaxonomyRemoval" (
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaxonomyRemoval_pkey" PRIMARY KEY ("kind","key")
);

-- CreateTable
CREATE TABLE "DomainAlias" (
    "key" TEXT NOT NULL,
    "domainId" INTEGER NOT NULL,
    "spelling" TEXT NOT NULL,
    "source" "TaxonomySource" NOT NULL,

    CONSTRAINT "DomainAlias_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SkillAlias_skillId_idx" ON "SkillAlias"("skillId");

-- CreateIndex
CREATE INDEX "SkillImplication_impliesId_idx" ON "SkillImplication"("impliesId");

-- CreateIndex
CREATE INDEX "SkillClosure_impliedId_idx" ON "SkillClosure"("impliedId");

-- CreateIndex
CREATE INDEX "DomainAlias_domainId_idx" ON "DomainAlias"("domainId");

-- AddForeignKey
ALTER TABLE "SkillAlias" ADD CONSTRAINT "SkillAlias_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillImplication" ADD CONSTRAINT "SkillImplication_skillId_fkey" FOREIGN KEY ("skillId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SkillImplication" ADD CONSTRAINT "SkillImplication_impliesId_fkey" FOREIGN KEY ("impliesId") REFERENCES "Skill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DomainAlias" ADD CONSTRAINT "DomainAlias_domainId_fkey" FOREIGN KEY ("domainId") REFERENCES "Domain"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The closure of the implications, rewritten whole after every change to them (a few hundred
-- rows). UNION, not UNION ALL, so that even a cycle, which lib/taxonomy refuses, would end.
CREATE FUNCTION refresh_skill_closure() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SkillClosure";
  INSERT INTO "SkillClosure" ("skillId", "impliedId")
  WITH RECURSIVE c(s, i) AS (
    SELECT "skillId", "impliesId" FROM "SkillImplication"
    UNION
    SELECT c.s, e."impliesId" FROM c JOIN "SkillImplication" e ON e."skillId" = c.i
  )
  SELECT s, i FROM c WHERE s <> i;
END $$;
