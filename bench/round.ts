/** A figure to one decimal, as the report gives milliseconds and ratios. */
export const round1 = (value: number) => Math.round(value * 10) / 10;
