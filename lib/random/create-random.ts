/** A small seeded generator (mulberry32): the same seed gives the same population on any machine. */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  /** An index in [0, n) with a long tail: index 0 is the most likely (Zipf, exponent s). */
  zipf: (n: number, s?: number) => number;
  uuid: () => string;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const cumulative = new Map<string, Float64Array>();
  const zipf = (n: number, s = 1.1) => {
    const key = `${n}:${s}`;
    let table = cumulative.get(key);
    if (!table) {
      table = new Float64Array(n);
      let sum = 0;
      for (let i = 0; i < n; i++) table[i] = sum += 1 / (i + 1) ** s;
      for (let i = 0; i < n; i++) table[i]! /= sum;
      cumulative.set(key, table);
    }
    const u = next();
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (table[mid]! < u) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const hex = (count: number) => Array.from({ length: count }, () => Math.floor(next() * 16).toString(16)).join("");
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    zipf,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[Math.floor(next() * 4)]}${hex(3)}-${hex(12)}`,
  };
}
