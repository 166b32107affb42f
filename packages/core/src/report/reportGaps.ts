import { MissingFiguresError } from '../errors';
import { figureLabel } from './figureLabel';
import type { BilingualText, ReportModel } from './reportModel';

/** A figure the data does not give: its stats path and its label. */
export interface MissingFigure {
  readonly path: string;
  readonly label: BilingualText;
}

/**
 * A heading of the report whose text needs figures the data does not give
 * (mục thiếu số liệu): its number (`II.2.1`, `preamble`, `[^1]` for a
 * footnote), its title as printed, and the figures, each once.
 */
export interface ReportGap {
  readonly section: string;
  readonly title: string;
  readonly figures: readonly MissingFigure[];
}

const PREAMBLE: BilingualText = { vi: 'Phần mở đầu', en: 'Opening' };

function missingIn(value: unknown, into: Map<string, MissingFigure>): void {
  if (Array.isArray(value)) for (const item of value) missingIn(item, into);
  else if (value !== null && typeof value === 'object') {
    const run = value as { kind?: unknown; value?: unknown; path?: unknown };
    if (run.kind === 'figure' && run.value === null) {
      const path = String(run.path);
      if (!into.has(path))
        into.set(path, { path, label: figureLabel(path) ?? { vi: path, en: path } });
    } else for (const item of Object.values(value)) missingIn(item, into);
  }
}

/**
 * The headings of a report model that print figures the data does not give,
 * in the order they stand, each with its title and the labels of the
 * missing figures: what a ward must add to its data (or leave to a draft).
 *
 * @example
 * reportGaps(report.model)
 * // [{ section: 'II.2.1', title: 'Đội ngũ đảng viên', figures: [{ path: 'classification…', label: { vi: 'Xếp loại chất lượng › …', en: '…' } }] }]
 */
export function reportGaps(model: ReportModel): ReportGap[] {
  const gaps: ReportGap[] = [];
  const add = (section: string, title: string, content: unknown) => {
    const found = new Map<string, MissingFigure>();
    missingIn(content, found);
    if (found.size > 0) gaps.push({ section, title, figures: [...found.values()] });
  };
  add('preamble', PREAMBLE.vi, model.preamble);
  for (const part of model.parts) {
    add(part.numeral, part.title, part.blocks);
    for (const section of part.sections) {
      add(`${part.numeral}.${section.number}`, section.title, section.blocks);
      for (const sub of section.subsections)
        add(`${part.numeral}.${sub.number}`, sub.title, sub.blocks);
    }
  }
  for (const note of model.footnotes) add(`[^${note.id}]`, `[^${note.id}]`, note.runs);
  return gaps;
}

/**
 * The lines that tell a ward which headings need which data, in `lang`:
 * `Mục II.2.1 (Đội ngũ đảng viên): Xếp loại chất lượng › …; …`.
 */
export function describeGaps(gaps: readonly ReportGap[], lang: 'vi' | 'en'): string[] {
  return gaps.map((gap) => {
    const where =
      gap.section === 'preamble'
        ? PREAMBLE[lang]
        : `${lang === 'vi' ? 'Mục' : 'Section'} ${gap.section.replace(/\.$/u, '')} (${gap.title})`;
    return `${where}: ${gap.figures.map((figure) => figure.label[lang]).join('; ')}`;
  });
}

/**
 * Refuses a report that would print figures the data does not give, unless
 * it is asked for as a draft (bản nháp): a missing figure is never printed
 * in a document meant to be issued. Throws {@link MissingFiguresError}
 * listing the headings and the data they need.
 */
export function requireCompleteReport(
  report: { readonly gaps: readonly ReportGap[] },
  options: { readonly draft?: boolean } = {},
): void {
  if (options.draft === true || report.gaps.length === 0) return;
  throw new MissingFiguresError(report.gaps, {
    vi: describeGaps(report.gaps, 'vi'),
    en: describeGaps(report.gaps, 'en'),
  });
}
