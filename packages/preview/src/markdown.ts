import {
  definePlugin,
  formatDocumentSymbol,
  type ReportModel,
  type ReportRun,
  reportOutline,
} from '@org/party-core';
import {
  type BlockFormat,
  isGroupRow,
  isNumeric,
  renderBlocks,
  tableTitles,
} from './_internal/blocks';
import { dateLine, footnoteNumbers, sentence, upper } from './_internal/document';

/** Escapes the characters that Markdown would read as markup inside text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]|<>#])/gu, '\\$1');
}

function runs(list: readonly ReportRun[]): string {
  return list.map((run) => escapeMarkdown(run.text)).join('');
}

/** Where the notes on a paragraph's findings start. */
const NOTES = '\n\n> **Kiểm tra số liệu:**';

/**
 * A paragraph, then a quoted note for each of its findings (a figure the
 * draft states with another value): the stated value, the computed one and
 * how it is computed.
 */
function paragraph(list: readonly ReportRun[]): string {
  const notes = list.flatMap((run) =>
    run.finding
      ? [
          `${NOTES} dự thảo ghi ${escapeMarkdown(run.finding.stated)}; ${run.finding.basis === 'citation' ? 'danh mục văn bản ghi' : 'số tính từ dữ liệu'} ${escapeMarkdown(run.finding.computed)}. Cách tính: ${escapeMarkdown(sentence(run.finding.how))}`,
        ]
      : [],
  );
  return runs(list) + notes.join('');
}

function tableCell(text: string): string {
  return escapeMarkdown(text).replace(/\n/gu, '<br>');
}

/** How Markdown writes blocks: footnote marks attach to paragraphs, never to a table row. */
function markdownBlocks(footnoteNumber: Map<string, number>): BlockFormat {
  const titleOf = tableTitles();
  return {
    paragraph,
    footnoteMark: (footnoteId) => `[^${footnoteNumber.get(footnoteId) ?? footnoteId}]`,
    // The mark goes at the end of the paragraph, before the notes on its findings.
    attachMark: (previous, mark) => {
      // Never on a table (its rows start with `|`, after its title and unit lines).
      if (previous.startsWith('|') || previous.includes('\n|')) return undefined;
      const notes = previous.indexOf(NOTES);
      return notes < 0 ? previous + mark : previous.slice(0, notes) + mark + previous.slice(notes);
    },
    markAlone: (mark) => mark,
    table: (block) => {
      const header = `| ${block.header.map(tableCell).join(' | ')} |`;
      // A column of numbers is right-aligned; the first column holds the labels.
      const numeric = block.header.map(
        (_, i) =>
          i > 0 &&
          block.rows.some((row) => isNumeric(row[i] ?? '')) &&
          block.rows.every(
            (row) => isGroupRow(row) || (row[i] ?? '').trim() === '' || isNumeric(row[i] ?? ''),
          ),
      );
      const rule = `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`;
      const rows = block.rows.map((row) =>
        isGroupRow(row)
          ? `| **${tableCell(row[0] ?? '')}** |${' |'.repeat(row.length - 1)}`
          : `| ${row.map(tableCell).join(' | ')} |`,
      );
      const title = titleOf(block);
      const caption = [
        ...(title === undefined ? [] : [`**${escapeMarkdown(title)}**`, '']),
        ...(block.unit === undefined ? [] : [`*Đơn vị tính: ${escapeMarkdown(block.unit)}*`, '']),
      ];
      return [...caption, header, rule, ...rows].join('\n');
    },
  };
}

/**
 * The report as Markdown (GitHub-flavoured: tables and footnotes). The
 * two-column header and the recipients beside the signature are tables.
 * Each finding (a figure the draft states with another value) is a quoted
 * note `> **Kiểm tra số liệu:** …` after its paragraph. Each appendix of
 * the model (the findings slip) follows after a rule, under its title.
 *
 * @example
 * toMarkdown(model).startsWith('| ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG |') // true
 */
export function toMarkdown(model: ReportModel): string {
  const { header, signature } = model;
  const footnoteNumber = footnoteNumbers(model);
  const format = markdownBlocks(footnoteNumber);
  const out: string[] = [
    `| ${escapeMarkdown(upper(header.superior))} | **ĐẢNG CỘNG SẢN VIỆT NAM** |`,
    '| :---: | :---: |',
    `| **${escapeMarkdown(upper(header.committee))}** | |`,
    `| \\* | *${escapeMarkdown(dateLine(header))}* |`,
    `| ${escapeMarkdown(formatDocumentSymbol(header.symbol))} | |`,
    '',
    `## ${model.documentType}`,
    '',
    `**${escapeMarkdown(model.summary)}**`,
    '',
    '---',
  ];
  for (const entry of reportOutline(model)) {
    if (entry.level > 0) {
      out.push('', `${'#'.repeat(entry.level + 1)} ${escapeMarkdown(entry.heading)}`);
    }
    for (const block of renderBlocks(entry.blocks, format)) out.push('', block);
  }
  out.push(
    '',
    `| **Nơi nhận:** | **${escapeMarkdown(signature.authority)}** |`,
    '| :--- | :---: |',
  );
  const left = model.recipients.map(escapeMarkdown);
  const right = [
    `**${escapeMarkdown(signature.position)}**`,
    '',
    '',
    `**${escapeMarkdown(signature.name)}**`,
  ];
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    out.push(`| ${left[i] ?? ''} | ${right[i] ?? ''} |`.replace(/ {2}\|/gu, ' |'));
  }
  if (model.footnotes.length > 0) {
    out.push('');
    for (const note of model.footnotes)
      out.push(`[^${footnoteNumber.get(note.id)}]: ${runs(note.runs)}`);
  }
  for (const appendix of model.appendices ?? []) {
    out.push('', '---', '', `## ${escapeMarkdown(appendix.title)}`);
    for (const block of renderBlocks(appendix.blocks, format)) out.push('', block);
  }
  return `${out.join('\n')}\n`;
}

/** The Markdown renderer plugin (`md`). */
export const markdownRenderer = definePlugin({
  format: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  extension: 'md',
  render: (model: ReportModel) => new TextEncoder().encode(toMarkdown(model)),
});
