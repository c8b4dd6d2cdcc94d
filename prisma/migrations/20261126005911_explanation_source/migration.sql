-- CreateEnum
CREATE TYPE "ReasonSource" AS ENUM ('TEMPLATE', 'GEMINI');

-- AlterTable
ALTER TABLE "CandidateMatching" ADD COLUMN     "aiReasonFingerprint" TEXT,
ADD COLUMN     "aiReasonSource" "ReasonSource" NOT NULL DEFAULT 'TEMPLATE';
