/** Printable ASCII words separated by single spaces: text {@link normalizeText} leaves as it is. */
const NORMAL_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/u;

/**
 * Normalises free text the way every input is stored: Unicode NFC, trimmed,
 * inner runs of white space folded to one space.
 *
 * Files exported from older Windows tools often carry decomposed (NFD)
 * Vietnamese; two strings that look the same must compare equal.
 *
 * @example
 * normalizeText('  Nguye\u0302\u0303n  Va\u0306n A ') // 'Nguyễn Văn A' in NFC
 */
export function normalizeText(text: string): string {
  // Most cells (ids, codes, dates) are printable ASCII with single inner
  // spaces: already normal, and worth skipping the three passes below.
  if (NORMAL_ASCII.test(text)) return text;
  return text.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

/**
 * The key under which headers and labels are matched: case, diacritics,
 * spacing and punctuation are ignored (`Nữ`, `nữ`, `NU`, `n u` give one key),
 * and `đ` counts as `d`. Slashes stay, so grade notations such as `12/12`
 * keep their meaning.
 *
 * @example
 * labelKey('Thạc sĩ') === labelKey('thac si') // true
 */
export function labelKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/]/gu, '');
}
