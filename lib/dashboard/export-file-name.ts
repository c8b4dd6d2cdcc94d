/**
 * The CSV file's name for a job: its title in lowercase ASCII words joined by dashes
 * ("Développeur·se React" → "developpeur-se-react-candidates.csv"), so it is safe in a
 * Content-Disposition header and on every file system.
 */
export function exportFileName(jobTitle: string): string {
  const slug = jobTitle
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${slug || "job"}-candidates.csv`;
}
