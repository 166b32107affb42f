import { type ParsedReportTemplate, ReportTemplate } from '../buildReport';
import type { DeclaredFigure } from '../checkDeclaredFigures';
import type { OutlineHeading } from '../nq21InterimReview';
import type { ReportHeader, ReportSignature } from '../reportModel';

/** A ward's text for a fixed outline, once checked (the shape of every outline's input). */
export interface OutlineText {
  readonly header: ReportHeader;
  readonly summary: string;
  readonly preamble: string;
  readonly text: Readonly<Record<string, string>>;
  readonly tables: boolean;
  readonly footnotes: readonly { readonly id: string; readonly text: string }[];
  readonly recipients: readonly string[];
  readonly signature: ReportSignature;
  readonly declared: readonly DeclaredFigure[];
}

/**
 * Lays a ward's text into a fixed outline keyed `I`, `II.1`, `II.1.1`: every
 * heading in order with its text, and the heading's default stats table
 * after it (unless `tables` is off or the text places a table itself).
 */
export function layOutline(
  outline: readonly OutlineHeading[],
  input: OutlineText,
): ParsedReportTemplate {
  const textOf = (heading: OutlineHeading): string => {
    const own = input.text[heading.key] ?? '';
    if (!input.tables || !heading.table || own.includes('{{table:')) return own;
    return own.trim() === ''
      ? `{{table:${heading.table}}}`
      : `${own}\n\n{{table:${heading.table}}}`;
  };
  const children = (prefix: string) =>
    outline.filter(
      (heading) =>
        heading.key.startsWith(`${prefix}.`) &&
        heading.key.split('.').length === prefix.split('.').length + 1,
    );
  const numberOf = (key: string) => `${key.split('.').slice(1).join('.')}.`;
  return ReportTemplate.parse({
    header: input.header,
    summary: input.summary,
    preamble: input.preamble,
    parts: outline
      .filter((heading) => !heading.key.includes('.'))
      .map((part) => ({
        numeral: part.key,
        title: part.title,
        text: textOf(part),
        sections: children(part.key).map((section) => ({
          number: numberOf(section.key),
          title: section.title,
          text: textOf(section),
          subsections: children(section.key).map((sub) => ({
            number: numberOf(sub.key),
            title: sub.title,
            text: textOf(sub),
          })),
        })),
      })),
    footnotes: input.footnotes,
    recipients: input.recipients,
    signature: input.signature,
    declared: input.declared,
  });
}
