import { z } from 'zod';

/** A non-negative integer count. */
export const Count = z.int().nonnegative();

/** A counter for every code, zero included, in the code list's order. */
export function zeroCounts<C extends string>(codes: readonly C[]): Record<C, number> {
  const counts = {} as Record<C, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

/**
 * Adds `value` to the set kept under `key`, creating the set on first use:
 * the distinct members or courses behind a count.
 */
export function addToSet<K, V>(sets: Map<K, Set<V>>, key: K, value: V): void {
  const set = sets.get(key);
  if (set) set.add(value);
  else sets.set(key, new Set([value]));
}
