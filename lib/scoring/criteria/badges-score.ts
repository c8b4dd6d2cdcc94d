/** The badges criterion's coefficients (the SQL bounds, lib/matching/score-bounds-sql.ts, are built from them too). */
export const BADGES = {
  /**
   * The share of the remaining gap to 100 that each badge closes. At a half, the first badge was
   * worth more than six strong recruiter reviews: badges are the brief's second smallest signal.
   */
  gapClosed: 0.2,
} as const;

/** Each badge closes a fifth of the remaining gap to 100: 0 → 0, 1 → 20, 2 → 36, 3 → 48.8. */
export function badgesScore(badgeCount: number): number {
  return 100 * (1 - (1 - BADGES.gapClosed) ** Math.max(0, badgeCount));
}
