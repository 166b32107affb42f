import { z } from 'zod';

/** A non-negative integer count. */
export const Count = z.int().nonnegative();

/** A counter for every code, zero included, in the code list's order. */
export function zeroCounts<C extends string>(codes: readonly C[]): Record<C, number> {
  const counts = {} as Record<C, number>;
  for (const code of codes) counts[code] = 0;
  return counts;
}
