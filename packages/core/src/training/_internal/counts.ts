import { z } from 'zod';

/** A count: a non-negative integer. */
export const Count = z.int().nonnegative();

/** A breakdown with every code at zero, in the code list's order. */
export function zeroCounts<K extends string>(codes: readonly K[]): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}

export { compareText } from '../../_internal/compare';

/** Adds `value` to the set kept under `key`, creating the set on first use. */
export function addToSet<K, V>(sets: Map<K, Set<V>>, key: K, value: V): void {
  const set = sets.get(key);
  if (set) set.add(value);
  else sets.set(key, new Set([value]));
}
