import { normalizeText } from '../../common/text';

/** Prefix of the key of a candidate who is not on the roster. */
export const OFF_ROSTER_PREFIX = 'off-roster:';

/**
 * The stable key of a candidate who is not on the roster: `off-roster:`
 * followed by 16 hex digits of a 64-bit non-cryptographic hash (cyrb53 style)
 * of the name (white space folded, lower case), birth date and gender. The
 * same person gives the same key whatever the order of the records, and the
 * name never appears in output or messages. It is a pseudonym, not
 * anonymisation: whoever knows the name can recompute it.
 */
export function offRosterKey(fullName: string, birthDate: string, gender: string): string {
  const text = `${normalizeText(fullName).toLowerCase()}\u0000${birthDate}\u0000${gender}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${OFF_ROSTER_PREFIX}${hex(h2)}${hex(h1)}`;
}
