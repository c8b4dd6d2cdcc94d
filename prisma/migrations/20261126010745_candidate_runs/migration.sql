-- AlterEnum
ALTER TYPE "RunScope" ADD VALUE 'CANDIDATE';

-- AlterTable
ALTER TABLE "MatchingRun" ADD COLUMN     "candidateId" UUID;

-- CreateIndex
CREATE INDEX "MatchingRun_candidateId_startedAt_idx" ON "MatchingRun"("candidateId", "startedAt");

-- AddForeignKey
ALTER TABLE "MatchingRun" ADD CONSTRAINT "MatchingRun_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
