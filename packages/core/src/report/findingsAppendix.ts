import type { DeclaredFigureMismatch } from './checkDeclaredFigures';
import type { ReportAppendix, ReportModel } from './reportModel';

/** The title of the findings slip. */
export const FINDINGS_APPENDIX_TITLE = 'PHIẾU ĐỐI CHIẾU SỐ LIỆU';

/**
 * How a report shows its findings (cách trình bày kết quả đối chiếu):
 * `comments`, the default, only beside each figure (Word comments, HTML
 * margin notes, Markdown notes); `appendix` adds the findings slip
 * {@link findingsAppendix} on a page of its own at the end.
 */
export type FindingsMode = 'comments' | 'appendix';

/** The findings that are a different value, the ones shown as comments too. */
const isFinding = (mismatch: DeclaredFigureMismatch) =>
  mismatch.reason === 'different' || mismatch.reason === 'unreadable';

/** The heading labels of the model in reading order, to sort the findings by. */
function headingOrder(model: ReportModel): Map<string, number> {
  const order = new Map<string, number>([['preamble', 0]]);
  const add = (label: string) => {
    if (!order.has(label)) order.set(label, order.size);
  };
  for (const part of model.parts) {
    add(part.numeral);
    for (const section of part.sections) {
      add(`${part.numeral}.${section.number}`.replace(/\.+$/u, ''));
      for (const sub of section.subsections)
        add(`${part.numeral}.${sub.number}`.replace(/\.+$/u, ''));
    }
  }
  return order;
}

/**
 * The findings slip (phiếu đối chiếu số liệu) of a report: one page after
 * the report listing every figure or date the draft states with another
 * value (the declared figures, the figures written in its text, the dates
 * of cited documents), by heading in reading order, with the stated value,
 * the value computed (or the registry's date) and how it is computed. It is
 * for checking the draft, not part of the document issued.
 *
 * `undefined` when there is no finding: a report without findings gets no
 * slip.
 *
 * @example
 * findingsAppendix(report.model, report.mismatches)?.blocks[1]
 * // { kind: 'table', header: ['TT', 'Mục', 'Dự thảo ghi', 'Số đối chiếu', 'Cách tính, nguồn'], rows: [['1', 'II.2.1', '+17', '23', '…']] }
 */
export function findingsAppendix(
  model: ReportModel,
  mismatches: readonly DeclaredFigureMismatch[],
): ReportAppendix | undefined {
  const order = headingOrder(model);
  const rank = (section: string) =>
    order.get(section.trim().replace(/\.+$/u, '')) ?? Number.MAX_SAFE_INTEGER;
  const findings = mismatches
    .filter(isFinding)
    .map((mismatch, index) => ({ mismatch, index }))
    .sort((a, b) => rank(a.mismatch.section) - rank(b.mismatch.section) || a.index - b.index)
    .map(({ mismatch }) => mismatch);
  if (findings.length === 0) return undefined;
  return {
    title: FINDINGS_APPENDIX_TITLE,
    blocks: [
      {
        kind: 'paragraph',
        runs: [
          {
            kind: 'text',
            text: `Kèm theo dự thảo báo cáo: ${findings.length} chỗ dự thảo ghi khác số liệu tính từ dữ liệu hoặc khác ngày ban hành trong danh mục văn bản. Phiếu dùng để rà soát, bỏ đi trước khi trình ký.`,
          },
        ],
      },
      {
        kind: 'table',
        header: ['TT', 'Mục', 'Dự thảo ghi', 'Số đối chiếu', 'Cách tính, nguồn'],
        rows: findings.map((mismatch, i) => [
          String(i + 1),
          mismatch.section === 'preamble' ? 'Mở đầu' : mismatch.section,
          mismatch.context ?? String(mismatch.stated),
          mismatch.computed,
          mismatch.how.vi,
        ]),
      },
    ],
  };
}

/**
 * The model with the findings slip ({@link findingsAppendix}) added after
 * the report, for `mode` `appendix`; the model itself for `comments` or
 * when there is no finding.
 *
 * @example
 * const model = withFindings(report.model, report.mismatches, 'appendix');
 */
export function withFindings(
  model: ReportModel,
  mismatches: readonly DeclaredFigureMismatch[],
  mode: FindingsMode = 'comments',
): ReportModel {
  if (mode !== 'appendix') return model;
  const appendix = findingsAppendix(model, mismatches);
  return appendix === undefined
    ? model
    : { ...model, appendices: [...(model.appendices ?? []), appendix] };
}
