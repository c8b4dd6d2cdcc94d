export type Position = { domainId: number | null; startDate: Date; endDate: Date | null };

export const MONTH_MS = (365.25 / 12) * 24 * 3600 * 1000;

/** Months of experience per domain; overlapping positions in one domain count once, open ones run to `asOf`. */
export function domainMonths(positions: readonly Position[], asOf: Date): Map<number, number> {
  const byDomain = new Map<number, [number, number][]>();
  for (const position of positions) {
    if (position.domainId === null) continue;
    const start = position.startDate.getTime();
    const end = Math.min(position.endDate?.getTime() ?? asOf.getTime(), asOf.getTime());
    if (!(end > start)) continue;
    const spans = byDomain.get(position.domainId) ?? [];
    spans.push([start, end]);
    byDomain.set(position.domainId, spans);
  }
  const months = new Map<number, number>();
  for (const [domainId, spans] of byDomain) {
    spans.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let [currentStart, currentEnd] = spans[0]!;
    for (const [start, end] of spans.slice(1)) {
      if (start <= currentEnd) currentEnd = Math.max(currentEnd, end);
      else {
        total += currentEnd - currentStart;
        [currentStart, currentEnd] = [start, end];
      }
    }
    total += currentEnd - currentStart;
    months.set(domainId, total / MONTH_MS);
  }
  return months;
}
