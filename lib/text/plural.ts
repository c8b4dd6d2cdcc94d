/** "1 test", "3 tests": the counted phrases every explanation uses. */
export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Years to one decimal: "6 years", "1 year", "2.5 years". */
export const formatYears = (years: number) => plural(Math.round(years * 10) / 10, "year");
