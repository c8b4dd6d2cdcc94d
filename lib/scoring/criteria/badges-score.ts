/** The badges criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too). */
export const BADGES = {
  /** The share of the remaining gap to 100 that each badge closes. */
  gapClosed: 0.5,
} as const;

/** Each badge closes half the remaining gap to 100: 0 → 0, 1 → 50, 2 → 75, 3 → 87.5. */
export function badgesScore(badgeCount: number): number {
  return 100 * (1 - (1 - BADGES.gapClosed) ** Math.max(0, badgeCount));
}
