-- DropIndex
DROP INDEX "Job_status_idx";

-- CreateIndex
CREATE INDEX "Job_status_id_idx" ON "Job"("status", "id");
