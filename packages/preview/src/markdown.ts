import {
  definePlugin,
  formatDocumentDate,
  formatDocumentSymbol,
  type ReportBlock,
  type ReportModel,
  type ReportRun,
  reportOutline,
  toCalendarDate,
} from '@org/party-core';

const upper = (text: string) => text.toLocaleUpperCase('vi-VN');

/** Escapes the characters that Markdown would read as markup inside text. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]|<>#])/gu, '\\$1');
}

function runs(list: readonly ReportRun[]): string {
  return list.map((run) => escapeMarkdown(run.text)).join('');
}

function tableCell(text: string): string {
  return escapeMarkdown(text).replace(/\n/gu, '<br>');
}

/** The blocks of a part or section; a footnote reference attaches to the paragraph before it. */
function blocks(list: readonly ReportBlock[], footnoteNumber: Map<string, number>): string[] {
  const out: string[] = [];
  for (const block of list) {
    switch (block.kind) {
      case 'paragraph':
        out.push(runs(block.runs));
        break;
      case 'footnote-ref': {
        const mark = `[^${footnoteNumber.get(block.footnoteId) ?? block.footnoteId}]`;
        if (out.length > 0 && !out[out.length - 1]?.startsWith('|')) out[out.length - 1] += mark;
        else out.push(mark);
        break;
      }
      case 'table': {
        const header = `| ${block.header.map(tableCell).join(' | ')} |`;
        const rule = `| ${block.header.map(() => '---').join(' | ')} |`;
        const rows = block.rows.map((row) => `| ${row.map(tableCell).join(' | ')} |`);
        out.push([header, rule, ...rows].join('\n'));
        break;
      }
      default: {
        const unreachable: never = block;
        return unreachable;
      }
    }
  }
  return out;
}

/**
 * The report as Markdown (GitHub-flavoured: tables and footnotes). The
 * two-column header and the recipients beside the signature are tables.
 *
 * @example
 * toMarkdown(model).startsWith('| ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG |') // true
 */
export function toMarkdown(model: ReportModel): string {
  const { header, signature } = model;
  const footnoteNumber = new Map(model.footnotes.map((note, i) => [note.id, i + 1]));
  const dateLine = `${header.place}, ${formatDocumentDate(toCalendarDate(header.date))}`;
  const out: string[] = [
    `| ${escapeMarkdown(upper(header.superior))} | **ĐẢNG CỘNG SẢN VIỆT NAM** |`,
    '| :---: | :---: |',
    `| **${escapeMarkdown(upper(header.committee))}** | |`,
    `| \\* | *${escapeMarkdown(dateLine)}* |`,
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
    for (const block of blocks(entry.blocks, footnoteNumber)) out.push('', block);
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
  return `${out.join('\n')}\n`;
}

/** The Markdown renderer plugin (`md`). */
export const markdownRenderer = definePlugin({
  format: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  extension: 'md',
  render: (model: ReportModel) => new TextEncoder().encode(toMarkdown(model)),
});
