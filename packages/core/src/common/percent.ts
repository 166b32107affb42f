/**
 * Turns counts into percentages (tỷ lệ phần trăm) with `decimals` decimals
 * by the largest remainder method, as reports print them: the printed
 * figures add up to 100. What holds exactly is the sum in units of the last
 * decimal: with one decimal the tenths sum to exactly 1000
 * (`Math.round(p * 10)` over the keys). The floats themselves need not sum to
 * exactly 100 (33.4 + 33.3 + 33.3 is 99.99999999999999 in binary floating
 * point). An all-zero breakdown gives all zeros. Percentages are derived from
 * counts, never stored.
 *
 * @example
 * percentages({ male: 737, female: 502 }) // { male: 59.5, female: 40.5 }
 * percentages({ a: 1, b: 1, c: 1 }) // { a: 33.4, b: 33.3, c: 33.3 }: 334 + 333 + 333 = 1000 tenths
 */
export function percentages<K extends string>(
  counts: Readonly<Record<K, number>>,
  decimals = 1,
): Record<K, number> {
  const keys = Object.keys(counts) as K[];
  const total = keys.reduce((sum, key) => sum + counts[key], 0);
  const result = Object.create(null) as Record<K, number>;
  if (total === 0) {
    for (const key of keys) result[key] = 0;
    return result;
  }
  const scale = 100 * 10 ** decimals;
  const shares = keys.map((key, order) => {
    const exact = (counts[key] * scale) / total;
    const floor = Math.floor(exact);
    return { key, order, floor, remainder: exact - floor };
  });
  let left = scale - shares.reduce((sum, share) => sum + share.floor, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.order - b.order);
  for (const share of byRemainder) {
    if (left <= 0) break;
    share.floor += 1;
    left -= 1;
  }
  for (const share of shares) result[share.key] = share.floor / 10 ** decimals;
  return result;
}

/**
 * One count as a percentage of a total, rounded half up to `decimals`
 * decimals; 0 when the total is 0.
 *
 * @example
 * percentOf(31, 31) // 100
 */
export function percentOf(count: number, total: number, decimals = 1): number {
  if (total === 0) return 0;
  const scale = 10 ** decimals;
  return Math.round((count * 100 * scale) / total) / scale;
}
