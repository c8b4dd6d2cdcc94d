/**
 * Whether a write failed on a unique constraint (Prisma's P2002, with either driver adapter): a
 * concurrent writer got there first. Read from the error's code, not its class, so it holds
 * whichever copy of the Prisma runtime threw it.
 */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
