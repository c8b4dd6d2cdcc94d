/**
 * A mean pulled towards `prior` as if `priorWeight` extra observations of it had been made, so a
 * small sample cannot beat a large one on luck: one 5-star review scores below twenty 4.8 ones.
 * Weights default to 1 per value. Rises with every value, which keeps scores monotone.
 */
export function shrunkMean(values: readonly number[], prior: number, priorWeight: number, weights?: readonly number[]): number {
  let sum = prior * priorWeight;
  let count = priorWeight;
  values.forEach((value, index) => {
    const weight = weights?.[index] ?? 1;
    sum += value * weight;
    count += weight;
  });
  return count === 0 ? prior : sum / count;
}
