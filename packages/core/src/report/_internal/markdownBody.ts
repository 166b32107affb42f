import { labelKey } from '../../common/text';
import type { DeclaredFigure } from '../checkDeclaredFigures';
import type { Problem } from './markdownProblem';

const RECIPIENTS = 'noinhan';
const DECLARED = 'solieudoichieu';
const HEADING = /^(#{1,6})\s+(.*)$/u;
const NUMBERED = /^(?:([IVXLC]+)\.|(\d+)\.(?!\d)|(\d+)\.(\d+)\.)\s*(.*)$/u;
const FOOTNOTE = /^\[\^([^\]\s]+)\]:\s*(.*)$/u;
const LIST_ITEM = /^[-*+]\s*/u;

/** A numbered heading of the body (`I.`, `1.` or `1.1.`) and the lines under it. */
export interface MarkdownHeading {
  readonly numeral?: string | undefined;
  readonly number?: string | undefined;
  readonly sub?: string | undefined;
  readonly title: string;
  readonly line: number;
  readonly text: string[];
}

/** The body of a Markdown report, read line by line. */
export interface MarkdownBody {
  /** The lines before the first heading. */
  readonly preamble: string[];
  readonly headings: MarkdownHeading[];
  readonly footnotes: { id: string; text: string }[];
  /** The `Nơi nhận` lines, each as `- …`. */
  readonly recipients: string[];
  /** The `Số liệu đối chiếu` lines. */
  readonly declared: DeclaredFigure[];
}

/** The lines of a heading or of the opening as one text. */
export function joinLines(text: readonly string[]): string {
  return text.join('\n').trim();
}

/**
 * What a `#` heading starts: the recipients, the declared figures, a
 * numbered heading, or nothing (a heading without a number is a problem).
 */
function readHeading(
  written: string,
  line: number,
  problem: Problem,
): 'recipients' | 'declared' | MarkdownHeading | undefined {
  const title = written.replace(/\*+/gu, '').trim();
  const key = labelKey(title.replace(/:$/u, ''));
  if (key === RECIPIENTS) return 'recipients';
  if (key === DECLARED) return 'declared';
  const numbered = NUMBERED.exec(title);
  if (!numbered) {
    problem(
      line,
      `tiêu đề "${title.slice(0, 40)}" chưa có số thứ tự (I., 1. hoặc 1.1.)`,
      `the heading "${title.slice(0, 40)}" has no number (I., 1. or 1.1.)`,
    );
    return undefined;
  }
  return {
    numeral: numbered[1],
    number: numbered[2],
    sub: numbered[3] === undefined ? undefined : `${numbered[3]}.${numbered[4]}`,
    title: (numbered[5] as string).trim(),
    line,
    text: [],
  };
}

/**
 * A `- section | placeholder | stated` line under `Số liệu đối chiếu`;
 * lines that are not list items are the ward's own remarks and give nothing.
 */
function readDeclared(trimmed: string, line: number, problem: Problem): DeclaredFigure | undefined {
  if (!/^[-*+]\s/u.test(trimmed)) return undefined;
  const item = trimmed.replace(LIST_ITEM, '');
  const first = item.indexOf('|');
  const last = item.lastIndexOf('|');
  // The placeholder in the middle may carry filters (`movements.struckOff|pad`).
  const cells =
    first === last
      ? [item]
      : [item.slice(0, first), item.slice(first + 1, last), item.slice(last + 1)].map((cell) =>
          cell.trim(),
        );
  if (cells.length !== 3 || cells.some((cell) => cell === '')) {
    problem(
      line,
      'mỗi số liệu đối chiếu viết "- mục | chỗ điền | số nêu trong dự thảo", ví dụ "- I | movements.net | +17"',
      'write each declared figure as "- section | placeholder | stated", e.g. "- I | movements.net | +17"',
    );
    return undefined;
  }
  return {
    section: cells[0] as string,
    placeholder: (cells[1] as string).replace(/^\{\{|\}\}$/gu, ''),
    stated: cells[2] as string,
  };
}

/**
 * Reads the body from line index `start`: the opening, numbered headings
 * with their lines, footnotes, recipients and declared figures.
 */
export function readBody(lines: readonly string[], start: number, problem: Problem): MarkdownBody {
  const body: MarkdownBody = {
    preamble: [],
    headings: [],
    footnotes: [],
    recipients: [],
    declared: [],
  };
  let mode: 'body' | 'recipients' | 'declared' = 'body';
  for (let index = start; index < lines.length; index += 1) {
    const raw = lines[index] ?? '';
    const trimmed = raw.trim();
    const footnote = FOOTNOTE.exec(trimmed);
    if (footnote) {
      body.footnotes.push({ id: footnote[1] as string, text: footnote[2] as string });
      continue;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      const started = readHeading(heading[2] as string, index + 1, problem);
      if (started === 'recipients' || started === 'declared') mode = started;
      else if (started) {
        mode = 'body';
        body.headings.push(started);
      }
      continue;
    }
    if (mode === 'recipients') {
      if (trimmed !== '') body.recipients.push(trimmed.replace(LIST_ITEM, '- '));
    } else if (mode === 'declared') {
      const figure = readDeclared(trimmed, index + 1, problem);
      if (figure) body.declared.push(figure);
    } else (body.headings.at(-1)?.text ?? body.preamble).push(raw);
  }
  return body;
}

/** The recipients end with the office that files a copy (`- Lưu VPĐU.`). */
export function checkRecipients(recipients: readonly string[], problem: Problem): void {
  if (recipients.length === 0) {
    problem(
      0,
      'chưa có mục "Nơi nhận" với các dòng "- …"',
      'there is no "Nơi nhận" heading with "- …" lines',
    );
  } else if (!recipients.at(-1)?.startsWith('- Lưu ')) {
    problem(
      0,
      'dòng cuối của "Nơi nhận" là nơi lưu, ví dụ "- Lưu VPĐU."',
      'the last recipient files a copy, e.g. "- Lưu VPĐU."',
    );
  }
}
