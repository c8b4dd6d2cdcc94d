-- CreateTable
CREATE TABLE "InngestSignature" (
    "signature" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InngestSignature_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE INDEX "InngestSignature_signedAt_idx" ON "InngestSignature"("signedAt");
