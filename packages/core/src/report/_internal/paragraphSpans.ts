import type { FigureFinding, ReportBlock, ReportModel, ReportRun } from '../reportModel';

/** A span of a paragraph's text (offsets in the joined text of its runs) to mark with a finding. */
export interface MarkedSpan {
  readonly start: number;
  readonly end: number;
  readonly finding: FigureFinding;
}

/** A paragraph's runs joined into one text, with where each run starts. */
export interface JoinedParagraph {
  readonly text: string;
  readonly starts: readonly number[];
}

/** Joins the runs of a paragraph. */
export function joinRuns(runs: readonly ReportRun[]): JoinedParagraph {
  const starts: number[] = [];
  let text = '';
  for (const run of runs) {
    starts.push(text.length);
    text += run.text;
  }
  return { text, starts };
}

/**
 * Whether `[start, end)` lies inside one plain-text run that has no
 * finding yet: a figure the ward wrote itself, not one taken from the stats.
 */
export function isPlainText(
  runs: readonly ReportRun[],
  joined: JoinedParagraph,
  start: number,
  end: number,
): boolean {
  return runs.some((run, i) => {
    const from = joined.starts[i] as number;
    return (
      run.kind === 'text' &&
      run.finding === undefined &&
      from <= start &&
      end <= from + run.text.length
    );
  });
}

/** Splits the text runs of a paragraph so that each marked span is a run of its own with its finding. */
export function markSpans(runs: readonly ReportRun[], spans: readonly MarkedSpan[]): ReportRun[] {
  if (spans.length === 0) return [...runs];
  const joined = joinRuns(runs);
  const out: ReportRun[] = [];
  for (const [i, run] of runs.entries()) {
    const from = joined.starts[i] as number;
    const to = from + run.text.length;
    const inside = spans
      .filter((span) => run.kind === 'text' && from <= span.start && span.end <= to)
      .sort((a, b) => a.start - b.start);
    if (inside.length === 0) {
      out.push(run);
      continue;
    }
    let cursor = from;
    for (const span of inside) {
      if (span.start > cursor)
        out.push({ kind: 'text', text: joined.text.slice(cursor, span.start) });
      out.push({
        kind: 'text',
        text: joined.text.slice(span.start, span.end),
        finding: span.finding,
      });
      cursor = span.end;
    }
    if (cursor < to) out.push({ kind: 'text', text: joined.text.slice(cursor, to) });
  }
  return out;
}

/** `II.2.1.` and `II.2.1` name the same heading. */
const sectionKey = (section: string) => section.trim().replace(/\.+$/u, '');

/**
 * Rewrites every paragraph of the model's body (preamble, parts, sections,
 * subsections; not footnotes, tables or appendices) with `edit`, which gets
 * the heading's label (`preamble`, `I`, `II.2`, `II.2.1`) and the runs.
 * Returns the model itself when no paragraph changed.
 */
export function editParagraphs(
  model: ReportModel,
  edit: (section: string, runs: readonly ReportRun[]) => readonly ReportRun[],
): ReportModel {
  let changed = false;
  const blocks = (section: string, list: readonly ReportBlock[]): ReportBlock[] =>
    list.map((block) => {
      if (block.kind !== 'paragraph') return block;
      const runs = edit(section, block.runs);
      if (runs === block.runs) return block;
      changed = true;
      return { ...block, runs: [...runs] };
    });
  const edited: ReportModel = {
    ...model,
    preamble: blocks('preamble', model.preamble),
    parts: model.parts.map((part) => ({
      ...part,
      blocks: blocks(part.numeral, part.blocks),
      sections: part.sections.map((section) => ({
        ...section,
        blocks: blocks(sectionKey(`${part.numeral}.${section.number}`), section.blocks),
        subsections: section.subsections.map((sub) => ({
          ...sub,
          blocks: blocks(sectionKey(`${part.numeral}.${sub.number}`), sub.blocks),
        })),
      })),
    })),
  };
  return changed ? edited : model;
}
