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

/** Escapes text for HTML content and attribute values. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;');
}

function runs(list: readonly ReportRun[]): string {
  return list
    .map((run) =>
      run.kind === 'figure'
        ? `<span class="${run.finding ? 'figure finding' : 'figure'}" data-path="${escapeHtml(run.path)}">${escapeHtml(run.text)}</span>`
        : run.finding
          ? `<span class="finding">${escapeHtml(run.text)}</span>`
          : escapeHtml(run.text),
    )
    .join('');
}

/**
 * The margin notes of a paragraph's findings (ghi chú kiểm tra số liệu):
 * one `aside` per figure the draft states with another value, set in the
 * right margin beside the paragraph and never printed.
 */
function findingNotes(list: readonly ReportRun[]): string {
  return list
    .flatMap((run) =>
      run.finding
        ? [
            `<aside class="finding"${run.kind === 'figure' ? ` data-path="${escapeHtml(run.path)}"` : ''}><b>Kiểm tra số liệu:</b> dự thảo ghi ${escapeHtml(run.finding.stated)}; ${run.finding.basis === 'citation' ? 'danh mục văn bản ghi' : 'số tính từ dữ liệu'} ${escapeHtml(run.finding.computed)}. Cách tính: ${escapeHtml(sentence(run.finding.how))}</aside>\n`,
          ]
        : [],
    )
    .join('');
}

// A4 with the margins of the Party's document format (top and bottom 20 mm,
// left 30 mm, right 15 mm), Times New Roman 14 pt, justified body with a
// first-line indent; no external resource, so it prints offline.
const STYLE = `@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.3; color: #000; max-width: 165mm; margin: 0 auto; }
table.header { width: 100%; border-collapse: collapse; }
table.header td { vertical-align: top; text-align: center; width: 50%; padding: 0; }
.bold { font-weight: bold; }
.party { font-size: 15pt; font-weight: bold; }
hr.rule { width: 60%; border: 0; border-top: 1px solid #000; margin: 2pt auto 4pt; }
hr.short { width: 25%; border: 0; border-top: 1px solid #000; margin: 4pt auto 12pt; }
.date { font-style: italic; }
h1 { font-size: 15pt; text-align: center; margin: 18pt 0 0; }
p.summary { text-align: center; font-weight: bold; margin: 0; text-indent: 0; }
h2, h3, h4 { font-size: 14pt; font-weight: bold; margin: 6pt 0; }
p { text-align: justify; text-indent: 12.7mm; margin: 0 0 6pt; }
table.data { border-collapse: collapse; margin: 6pt auto; }
table.data th, table.data td { border: 1px solid #000; padding: 2pt 6pt; font-size: 13pt; }
table.data td.num { text-align: right; }
table.data tr.group td { font-weight: bold; }
p.table-title { text-align: center; text-indent: 0; font-weight: bold; font-size: 13pt; margin: 6pt 0 0; }
p.table-unit { text-align: right; text-indent: 0; font-style: italic; font-size: 13pt; margin: 0; }
table.closing { width: 100%; margin-top: 12pt; border-collapse: collapse; }
table.closing td { vertical-align: top; width: 50%; }
td.recipients { font-size: 12pt; }
td.signature { text-align: center; }
u.recipients-title { font-size: 14pt; }
section.footnotes { border-top: 1px solid #000; margin-top: 18pt; font-size: 12pt; }
section.footnotes p { text-indent: 0; }`;

/** The style of the pages after the report, only in a page that has some: each starts a new printed page. */
const APPENDIX_STYLE = `section.appendix { break-before: page; page-break-before: always; margin-top: 18pt; }
section.appendix h2 { text-align: center; }`;

/** Whether a run of the report's text carries a finding (on a figure, or on the ward's own words). */
function hasFindings(model: ReportModel): boolean {
  return reportOutline(model).some((entry) =>
    entry.blocks.some(
      (block) => block.kind === 'paragraph' && block.runs.some((run) => run.finding !== undefined),
    ),
  );
}

/** The style of the notes on findings, only in a page that has some. */
const FINDING_STYLE = `span.finding { background: #fff3b0; }
aside.finding { float: right; clear: right; width: 42mm; margin: 0 -48mm 4pt 0; font-size: 10pt; line-height: 1.2; text-align: left; border-left: 2pt solid #c00; padding-left: 3pt; color: #600; }
@media print { aside.finding { display: none; } span.finding { background: none; } }`;

/** How the page writes blocks: footnote marks link to the notes at the end. */
function htmlBlocks(numberOf: Map<string, number>): BlockFormat {
  const titleOf = tableTitles();
  return {
    // A finding's note comes first, so that it floats beside its paragraph.
    paragraph: (list) => `${findingNotes(list)}<p>${runs(list)}</p>`,
    footnoteMark: (footnoteId) => {
      const n = numberOf.get(footnoteId) ?? 0;
      return `<sup><a href="#fn${n}" id="ref${n}">${n}</a></sup>`;
    },
    attachMark: (previous, mark) =>
      previous.endsWith('</p>') ? `${previous.slice(0, -4)}${mark}</p>` : undefined,
    markAlone: (mark) => `<p>${mark}</p>`,
    table: (block) => {
      const head = block.header.map((cell) => `<th>${escapeHtml(cell)}</th>`).join('');
      const rows = block.rows
        .map((row) =>
          isGroupRow(row)
            ? `<tr class="group"><td colspan="${row.length}">${escapeHtml(row[0] ?? '')}</td></tr>`
            : `<tr>${row.map((cell) => (isNumeric(cell) ? `<td class="num">${escapeHtml(cell)}</td>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
        )
        .join('\n');
      const title = titleOf(block);
      const caption = [
        ...(title === undefined ? [] : [`<p class="table-title">${escapeHtml(title)}</p>`]),
        ...(block.unit === undefined
          ? []
          : [`<p class="table-unit">Đơn vị tính: ${escapeHtml(block.unit)}</p>`]),
      ];
      return [
        ...caption,
        `<table class="data">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`,
      ].join('\n');
    },
  };
}

/**
 * The report as one self-contained HTML page, printable on A4 with the
 * layout of the Party's document format: the two-column header, the
 * document type and summary with a short rule, the numbered parts, tables,
 * footnotes as notes at the end, and the recipients beside the signature.
 * A figure the draft states with another value (a finding) has a note in
 * the right margin beside its paragraph, which the printed page leaves out.
 * Each appendix of the model (the findings slip `PHIẾU ĐỐI CHIẾU SỐ LIỆU`)
 * follows on a page of its own.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 */
export function toHtml(model: ReportModel): string {
  const { header, signature } = model;
  const numberOf = footnoteNumbers(model);
  const format = htmlBlocks(numberOf);
  const body: string[] = [
    '<table class="header"><tr>',
    `<td><div>${escapeHtml(upper(header.superior))}</div><div class="bold">${escapeHtml(upper(header.committee))}</div><div>*</div><div>${escapeHtml(formatDocumentSymbol(header.symbol))}</div></td>`,
    `<td><div class="party">ĐẢNG CỘNG SẢN VIỆT NAM</div><hr class="rule"><div class="date">${escapeHtml(dateLine(header))}</div></td>`,
    '</tr></table>',
    `<h1>${escapeHtml(model.documentType)}</h1>`,
    `<p class="summary">${escapeHtml(model.summary)}</p>`,
    '<hr class="short">',
  ];
  for (const entry of reportOutline(model)) {
    if (entry.level > 0) {
      const tag = `h${entry.level + 1}`;
      body.push(`<${tag}>${escapeHtml(entry.heading)}</${tag}>`);
    }
    body.push(...renderBlocks(entry.blocks, format));
  }
  const recipients = model.recipients.map(escapeHtml).join('<br>');
  body.push(
    '<table class="closing"><tr>',
    `<td class="recipients"><u class="recipients-title">Nơi nhận:</u><br>${recipients}</td>`,
    `<td class="signature"><div class="bold">${escapeHtml(signature.authority)}</div><div class="bold">${escapeHtml(signature.position)}</div><br><br><br><div class="bold">${escapeHtml(signature.name)}</div></td>`,
    '</tr></table>',
  );
  if (model.footnotes.length > 0) {
    body.push('<section class="footnotes">');
    for (const note of model.footnotes) {
      const n = numberOf.get(note.id) ?? 0;
      body.push(`<p id="fn${n}"><a href="#ref${n}">${n}</a>. ${runs(note.runs)}</p>`);
    }
    body.push('</section>');
  }
  for (const appendix of model.appendices ?? []) {
    body.push(
      '<section class="appendix">',
      `<h2>${escapeHtml(appendix.title)}</h2>`,
      ...renderBlocks(appendix.blocks, format),
      '</section>',
    );
  }
  return [
    '<!doctype html>',
    '<html lang="vi">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(`${model.documentType} ${model.summary}`)}</title>`,
    `<style>\n${STYLE}${hasFindings(model) ? `\n${FINDING_STYLE}` : ''}${(model.appendices ?? []).length > 0 ? `\n${APPENDIX_STYLE}` : ''}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The self-contained HTML renderer plugin (`html`). */
export const htmlRenderer = definePlugin({
  format: 'html',
  mediaType: 'text/html; charset=utf-8',
  extension: 'html',
  render: (model: ReportModel) => new TextEncoder().encode(toHtml(model)),
});
