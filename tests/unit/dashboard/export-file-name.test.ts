import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../lib/dashboard/export-file-name";

describe("the CSV file's name", () => {
  it("is the job's title in plain lowercase words", () => {
    expect(exportFileName("Senior Backend Engineer (Payments)")).toBe("senior-backend-engineer-payments-candidates.csv");
    expect(exportFileName("Développeur·se React")).toBe("developpeur-se-react-candidates.csv");
  });

  it("never carries a quote, a path or a header break, and is never empty", () => {
    expect(exportFileName('"; filename=../../etc/passwd\r\nX: y')).toBe("filename-etc-passwd-x-y-candidates.csv");
    expect(exportFileName("李小龍")).toBe("job-candidates.csv");
    expect(exportFileName("x".repeat(300))).toBe(`${"x".repeat(60)}-candidates.csv`);
  });
});
