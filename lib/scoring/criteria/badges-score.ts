/** Each badge closes half the remaining gap to 100: 0 → 0, 1 → 50, 2 → 75, 3 → 87.5. */
export function badgesScore(badgeCount: number): number {
  return 100 * (1 - 0.5 ** Math.max(0, badgeCount));
}
