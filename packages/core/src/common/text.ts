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

/**
 * Characters that show nothing: Unicode format characters (`Cf`: zero-width
 * space and joiners, direction marks, word joiner, BOM, soft hyphen) and
 * control characters (`Cc`). A cell that looks like `DV001` may carry them.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}]/u;
const INVISIBLE_ALL = /[\p{Cf}\p{Cc}]/gu;
/** Any character that shows: not invisible, not white space (NBSP included). */
const VISIBLE = /[^\p{Cf}\p{Cc}\p{White_Space}]/u;

/**
 * Whether `text` holds an invisible character ({@link stripInvisible} would
 * change it). A single regex test, cheap enough for every cell of a national
 * roster.
 */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * Removes invisible and control characters (zero-width space, BOM, soft
 * hyphen, direction marks, …): `'DV001\u200B'` gives `'DV001'`.
 */
export function stripInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

/** Whether `text` has at least one character that shows (white space and invisible ones do not). */
export function hasVisible(text: string): boolean {
  return VISIBLE.test(text);
}
