/** Millimetres to twentieths of a point (twips), rounded: 20 mm → 1134. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to twips: 6 pt → 120. */
export function ptToTwips(points: number): number {
  return Math.round(points * 20);
}

/** Points to the half-points of `w:sz`, as the `docx` library takes sizes: 14 pt → 28. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

// Characters XML 1.0 does not allow, even escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to remove them.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

/**
 * Text as the document should hold it: NFC-normalised (Vietnamese typed
 * with combining marks looks the same but searches differently), without
 * the characters XML cannot hold. The `docx` library escapes the rest.
 */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(INVALID_XML, '');
}
