import { z } from 'zod';
import type { Stats } from '../stats/computeStats';
import {
  checkDeclaredFigures,
  DeclaredFigure,
  type DeclaredFigureMismatch,
} from './checkDeclaredFigures';
import { fillNarrative, PlaceholderError } from './fillNarrative';
import { type ReportBlock, ReportHeader, ReportModel, ReportSignature } from './reportModel';
import { StatsTableName, statsTable } from './statsTables';

/** The ward's own text of one heading: paragraphs separated by blank lines (each `- ` list item is one too), with `{{…}}` placeholders and `[^id]` footnote marks. */
const Narrative = z.string().default('');

/**
 * A report template (mẫu báo cáo): the header, the outline with the ward's
 * own text under each heading, footnotes, recipients, signature, and the
 * figures the draft states, to be checked. Any report can be written this
 * way; the builder fills it from the stats.
 */
export const ReportTemplate = z.object({
  header: ReportHeader,
  summary: z.string().min(1),
  /** Opening text before part I (phần mở đầu). */
  preamble: Narrative,
  parts: z.array(
    z.object({
      numeral: z.string().regex(/^[IVXLC]+$/u),
      title: z.string().min(1),
      text: Narrative,
      sections: z
        .array(
          z.object({
            number: z.string().regex(/^\d+\.$/u),
            title: z.string(),
            text: Narrative,
            subsections: z
              .array(
                z.object({
                  number: z.string().regex(/^\d+\.\d+\.$/u),
                  title: z.string(),
                  text: Narrative,
                }),
              )
              .default([]),
          }),
        )
        .default([]),
    }),
  ),
  footnotes: z.array(z.object({ id: z.string().min(1), text: z.string() })).default([]),
  recipients: z.array(z.string()).min(1),
  signature: ReportSignature,
  declared: z.array(DeclaredFigure).default([]),
});
/** A report template (mẫu báo cáo), as a ward writes it (defaults may be left out). */
export type ReportTemplate = z.input<typeof ReportTemplate>;
/** A report template once checked, with every default filled in: what the pipeline works on. */
export type ParsedReportTemplate = z.output<typeof ReportTemplate>;

/** A placeholder that could not be filled, with the heading it stands under. */
export const ReportPlaceholderError = PlaceholderError.extend({ section: z.string() });
/** A placeholder that could not be filled, with its heading. */
export type ReportPlaceholderError = z.infer<typeof ReportPlaceholderError>;

/** What {@link buildReport} gives: the model, the placeholders it could not fill, and the declared figures that differ. */
export interface BuiltReport {
  readonly model: ReportModel;
  readonly errors: readonly ReportPlaceholderError[];
  readonly mismatches: readonly DeclaredFigureMismatch[];
}

const FOOTNOTE_MARK = /\[\^([^\]\s]+)\]/gu;
/** A paragraph that is only `{{table:name}}` becomes a table of the stats. */
const TABLE_DIRECTIVE = /^\{\{\s*table:([^}\s]+)\s*\}\}$/u;

/**
 * Builds a report model from a template and the stats (lập báo cáo từ mẫu):
 * each paragraph of the ward's text is filled with figures; a `[^id]` mark
 * at the end of a paragraph becomes a reference to footnote `id`; a
 * paragraph that is only `{{table:name}}` becomes a table of the stats
 * ({@link StatsTableName}). Nothing
 * throws on the ward's text: unknown placeholders come back in `errors`,
 * figures stated by the draft that differ from the computed ones in
 * `mismatches`.
 *
 * @example
 * const { model, errors, mismatches } = buildReport(template, computeStats(data, window));
 */
export function buildReport(template: ReportTemplate, stats: Stats): BuiltReport {
  return fillTemplate(ReportTemplate.parse(template), stats);
}

/**
 * {@link buildReport} on a template already checked at the edge (by
 * `templateFromText` or `ReportTemplate.parse`), so it is not parsed twice.
 */
export function fillTemplate(parsed: ParsedReportTemplate, stats: Stats): BuiltReport {
  const errors: ReportPlaceholderError[] = [];
  const blocksOf = (text: string, section: string): ReportBlock[] => {
    const blocks: ReportBlock[] = [];
    for (const paragraph of text
      .split(/\n\s*\n/u)
      // A line that starts a list item (`- `, `+ `, `* `) is a paragraph of
      // its own; other line breaks inside a paragraph are soft, as in Markdown.
      .flatMap((chunk) => chunk.split(/\n(?=\s*[-+*]\s)/u))
      .map((p) => p.trim().replace(/\s*\n\s*/gu, ' '))
      .filter(Boolean)) {
      const table = TABLE_DIRECTIVE.exec(paragraph);
      if (table) {
        const name = StatsTableName.safeParse(table[1]);
        if (name.success) blocks.push(statsTable(name.data, stats));
        else {
          const known = StatsTableName.options.join(', ');
          errors.push({
            placeholder: `table:${table[1]}`,
            message: {
              vi: `không có bảng số liệu "${table[1]}"; các bảng có: ${known}`,
              en: `no stats table "${table[1]}"; the tables are: ${known}`,
            },
            section,
          });
        }
        continue;
      }
      const marks = [...paragraph.matchAll(FOOTNOTE_MARK)].map((m) => m[1] as string);
      const filled = fillNarrative(paragraph.replace(FOOTNOTE_MARK, ''), stats);
      for (const error of filled.errors) errors.push({ ...error, section });
      blocks.push({ kind: 'paragraph', runs: filled.runs });
      for (const footnoteId of marks) blocks.push({ kind: 'footnote-ref', footnoteId });
    }
    return blocks;
  };
  const model = ReportModel.parse({
    header: parsed.header,
    documentType: 'BÁO CÁO',
    summary: parsed.summary,
    preamble: blocksOf(parsed.preamble, 'preamble'),
    parts: parsed.parts.map((part) => ({
      numeral: part.numeral,
      title: part.title,
      blocks: blocksOf(part.text, part.numeral),
      sections: part.sections.map((section) => ({
        number: section.number,
        title: section.title,
        blocks: blocksOf(section.text, `${part.numeral}.${section.number}`),
        subsections: section.subsections.map((sub) => ({
          number: sub.number,
          title: sub.title,
          blocks: blocksOf(sub.text, `${part.numeral}.${sub.number}`),
        })),
      })),
    })),
    footnotes: parsed.footnotes.map((note) => {
      const filled = fillNarrative(note.text, stats);
      for (const error of filled.errors) errors.push({ ...error, section: `[^${note.id}]` });
      return { id: note.id, runs: filled.runs };
    }),
    recipients: punctuateRecipients(parsed.recipients),
    signature: parsed.signature,
  });
  return { model, errors, mismatches: checkDeclaredFigures(parsed.declared, stats) };
}

/**
 * The recipients as the format writes them (nơi nhận): every line ends with
 * a comma, the last one (the copy filed, `- Lưu VPĐU.`) with a full stop,
 * whatever the ward's text puts there (`;`, `,`, `.` or nothing).
 *
 * @see HD 36-HD/VPTW (2018)
 * @example
 * punctuateRecipients(['- Ban Tổ chức Thành ủy;', '- Lưu VPĐU'])
 * // ['- Ban Tổ chức Thành ủy,', '- Lưu VPĐU.']
 */
export function punctuateRecipients(lines: readonly string[]): string[] {
  return lines.map((line, index) => {
    const bare = line.trimEnd().replace(/[\s,;.:]+$/u, '');
    return `${bare}${index === lines.length - 1 ? '.' : ','}`;
  });
}
