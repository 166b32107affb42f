import { z } from 'zod';
import { labelKey } from './text';

/** The display labels of one code, in Vietnamese first. */
export interface CodeLabel {
  /** The label a Vietnamese user writes and reads. */
  readonly vi: string;
  /** The English label (CLI `--lang en`). */
  readonly en: string;
  /** Other Vietnamese spellings accepted on input (`Thôn` for `Tổ dân phố`). */
  readonly aliases?: readonly string[];
}

/** A closed list of codes with their labels and the zod schema that accepts them. */
export interface CodeList<Code extends string> {
  /** A name for messages and documentation, e.g. `gender`. */
  readonly name: string;
  /** The codes in their canonical order (the order reports print them in). */
  readonly codes: readonly [Code, ...Code[]];
  /** Labels of each code. */
  readonly labels: Readonly<Record<Code, CodeLabel>>;
  /** Accepts exactly the codes. */
  readonly schema: z.ZodEnum<{ [K in Code]: K }>;
  /**
   * Finds the code for a label or a code as a user typed it, ignoring case,
   * diacritics and spacing; `undefined` when nothing matches.
   */
  match(text: string): Code | undefined;
}

/**
 * Defines a code list once: codes, labels and schema come from the same object.
 *
 * @example
 * const Gender = defineCodeList('gender', {
 *   male: { vi: 'Nam', en: 'Male' },
 *   female: { vi: 'Nữ', en: 'Female' },
 * });
 * Gender.match('nu') // 'female'
 */
export function defineCodeList<const Labels extends Record<string, CodeLabel>>(
  name: string,
  labels: Labels,
): CodeList<keyof Labels & string> {
  type Code = keyof Labels & string;
  const codes = Object.keys(labels) as Code[];
  if (codes.length === 0) throw new TypeError(`code list ${name} is empty`);
  const byKey = new Map<string, Code>();
  const seen = new Map<string, Code | undefined>();
  for (const code of codes) {
    const label = labels[code] as CodeLabel;
    for (const text of [code, label.vi, ...(label.aliases ?? [])]) byKey.set(labelKey(text), code);
  }
  return {
    name,
    codes: codes as [Code, ...Code[]],
    labels,
    schema: z.enum(codes as [Code, ...Code[]]) as unknown as z.ZodEnum<{ [K in Code]: K }>,
    match: (text: string) => {
      // Spreadsheets repeat the same few labels on every row: remember the
      // texts already seen (bounded, so odd input cannot grow it without end).
      const known = seen.get(text);
      if (known !== undefined || seen.has(text)) return known;
      const code = byKey.get(labelKey(text));
      if (seen.size < 10_000) seen.set(text, code);
      return code;
    },
  };
}
