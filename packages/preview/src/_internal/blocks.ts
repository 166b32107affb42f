import type { ReportBlock, ReportRun } from '@org/party-core';

/** A table block of the report model. */
export type TableBlock = Extract<ReportBlock, { kind: 'table' }>;

/** How one output format writes each kind of block. */
export interface BlockFormat {
  /** A paragraph of runs. */
  readonly paragraph: (runs: readonly ReportRun[]) => string;
  /** The mark of a reference to a footnote. */
  readonly footnoteMark: (footnoteId: string) => string;
  /** The block before with the mark attached, or undefined where the mark cannot attach to it. */
  readonly attachMark: (previous: string, mark: string) => string | undefined;
  /** A mark with no block to attach to, as a block of its own. */
  readonly markAlone: (mark: string) => string;
  /** A table. */
  readonly table: (block: TableBlock) => string;
}

/**
 * The blocks of a part or section in one format, one string each; a footnote
 * reference attaches to the block before it where the format allows.
 */
export function renderBlocks(list: readonly ReportBlock[], format: BlockFormat): string[] {
  const out: string[] = [];
  for (const block of list) {
    switch (block.kind) {
      case 'paragraph':
        out.push(format.paragraph(block.runs));
        break;
      case 'footnote-ref': {
        const mark = format.footnoteMark(block.footnoteId);
        const last = out.length - 1;
        const previous = out[last];
        const attached = previous === undefined ? undefined : format.attachMark(previous, mark);
        if (attached === undefined) out.push(format.markAlone(mark));
        else out[last] = attached;
        break;
      }
      case 'table':
        out.push(format.table(block));
        break;
      default: {
        const unreachable: never = block;
        return unreachable;
      }
    }
  }
  return out;
}

/** A row with text in its first cell only, in a table of more than one column: a group title. */
export function isGroupRow(cells: readonly string[]): boolean {
  return (
    cells.length > 1 && cells[0]?.trim() !== '' && cells.slice(1).every((c) => c.trim() === '')
  );
}

/** Whether a table cell holds a number, a percentage or a date (right-aligned), negatives too. */
export function isNumeric(text: string): boolean {
  const trimmed = text.trim();
  return (/\d/u.test(trimmed) || trimmed === '–') && /^[\d\s.,%+\-−–/()]+$/u.test(trimmed);
}

/** Numbers the tables with a title in reading order: `Biểu 1. …`, `Biểu 2. …`. */
export function tableTitles(): (block: TableBlock) => string | undefined {
  let count = 0;
  return (block) => {
    if (block.title === undefined) return undefined;
    count += 1;
    return `Biểu ${count}. ${block.title}`;
  };
}
