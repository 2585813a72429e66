// Seeded randomness for synthetic data. The same seed gives the same rows on every machine
// and every run, so benchmark figures from two runs compare like with like.

/** mulberry32: a tiny 32-bit PRNG, plenty for test data (not for anything secret). */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof createRandom>;

export function createRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("Cannot pick from an empty list");
    return items[Math.floor(next() * items.length)]!;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int,
    pick,
    chance: (probability: number) => next() < probability,
    /** One of the options, each as likely as its weight. */
    weighted<T>(options: readonly (readonly [T, number])[]): T {
      const total = options.reduce((sum, [, weight]) => sum + weight, 0);
      let threshold = next() * total;
      for (const [value, weight] of options) {
        threshold -= weight;
        if (threshold < 0) return value;
      }
      return options[options.length - 1]![0];
    },
    /**
     * An element near the start of the list more often than one near its end: index
     * ⌊n·u^skew⌋. On a list sorted by population, skew 3 makes half the picks fall in the
     * largest eighth, as real partners are mostly towns of some size.
     */
    pickBiased<T>(items: readonly T[], skew: number): T {
      if (items.length === 0) throw new Error("Cannot pick from an empty list");
      return items[Math.floor(items.length * next() ** skew)]!;
    },
    /** `count` distinct elements (fewer if the list is shorter), in random order. */
    sample<T>(items: readonly T[], count: number): T[] {
      const chosen = new Set<T>();
      const wanted = Math.min(count, new Set(items).size);
      while (chosen.size < wanted) chosen.add(pick(items));
      return [...chosen];
    },
    /** A new array in random order (Fisher–Yates). */
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
  };
}

/**
 * Draws indexes 0..n-1 in proportion to `weights`, by binary search over the running totals:
 * fast enough for a few hundred thousand draws.
 */
export function weightedIndexSampler(random: Random, weights: readonly number[]): () => number {
  const totals: number[] = [];
  let sum = 0;
  for (const weight of weights) totals.push((sum += weight));
  return () => {
    const target = random.next() * sum;
    let low = 0;
    let high = totals.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (totals[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
