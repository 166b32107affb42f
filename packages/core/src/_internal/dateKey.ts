/**
 * A parsed ISO date (`yyyy-mm-dd`) or bare year (`yyyy`, as 1 January) as the
 * integer yyyymmdd, read by character codes: hot loops over millions of
 * members compare and subtract these instead of allocating dates.
 * Completed years between two keys are `Math.floor((later - earlier) / 10000)`.
 */
export function dateKey(text: string): number {
  let value = 0;
  for (let i = 0; i < 4; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  if (text.length === 4) return value * 10000 + 101;
  const month = (text.charCodeAt(5) - 48) * 10 + (text.charCodeAt(6) - 48);
  const day = (text.charCodeAt(8) - 48) * 10 + (text.charCodeAt(9) - 48);
  return value * 10000 + month * 100 + day;
}
