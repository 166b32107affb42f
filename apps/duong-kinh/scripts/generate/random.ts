/**
 * A small seeded pseudo-random generator for the sample data: mulberry32,
 * 32-bit state, the same sequence for the same seed on every platform.
 * Nothing here reads the clock or `Math.random`.
 */

/**
 * The mulberry32 generator: a function returning numbers in [0, 1), the same
 * sequence for the same seed.
 *
 * @example
 * const next = mulberry32(21);
 * next() // always the same first number for seed 21
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Seeded random helpers over {@link mulberry32}: integers, choices, shuffles
 * and weighted picks. Each generator step of the sample data takes its own
 * `Random` (see {@link Random.fork}), so changing one step does not reshuffle
 * the others.
 */
export class Random {
  readonly #seed: number;
  readonly #next: () => number;

  /** A generator seeded with `seed` (any 32-bit integer). */
  constructor(seed: number) {
    this.#seed = seed >>> 0;
    this.#next = mulberry32(this.#seed);
  }

  /** A number in [0, 1). */
  next(): number {
    return this.#next();
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.#next() < p;
  }

  /** A roughly normal number (sum of uniforms), mean `mean`, standard deviation `sd`. */
  normal(mean: number, sd: number): number {
    let sum = 0;
    for (let i = 0; i < 6; i += 1) sum += this.#next();
    return mean + (sum - 3) * Math.SQRT2 * sd;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.#next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** One element, chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let at = this.#next() * total;
    for (const [item, weight] of items) {
      at -= weight;
      if (at < 0) return item;
    }
    const last = items.at(-1);
    if (last === undefined) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.#next() * (i + 1));
      const a = out[i] as T;
      out[i] = out[j] as T;
      out[j] = a;
    }
    return out;
  }

  /**
   * `count` distinct elements drawn without replacement, each with
   * probability proportional to `weight` (Efraimidis–Spirakis keys); items of
   * weight 0 are never drawn. Returned in the order of `items`.
   */
  sample<T>(items: readonly T[], count: number, weight: (item: T) => number = () => 1): T[] {
    const keyed = items
      .map((item, index) => {
        const w = weight(item);
        return {
          item,
          index,
          key: w > 0 ? Math.log(this.#next() || Number.MIN_VALUE) / w : -Infinity,
        };
      })
      .filter((entry) => entry.key > -Infinity);
    if (keyed.length < count) {
      throw new RangeError(`cannot draw ${count} items from ${keyed.length} with a weight`);
    }
    return keyed
      .sort((a, b) => b.key - a.key || a.index - b.index)
      .slice(0, count)
      .sort((a, b) => a.index - b.index)
      .map((entry) => entry.item);
  }

  /**
   * A new generator for an independent step, seeded from this generator's
   * seed and `label` only (FNV-1a), so it does not depend on how many numbers
   * were drawn before.
   */
  fork(label: string): Random {
    let hash = 2166136261 ^ this.#seed;
    for (const char of label) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
    return new Random(hash >>> 0);
  }
}
