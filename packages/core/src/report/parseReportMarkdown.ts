import { z } from 'zod';
import { checkRecipients, readBody } from './_internal/markdownBody';
import { readFrontMatter, readHeader, readSignature } from './_internal/markdownFrontMatter';
import { layAsWritten, layIntoOutline, selectOutline } from './_internal/markdownOutline';
import { invalidContent, type Problem } from './_internal/markdownProblem';
import { ReportTemplate } from './buildReport';
import { BilingualText } from './reportModel';

/**
 * A problem in a report written as Markdown (lỗi trong tệp nội dung báo
 * cáo): the line (1-based; 0 for the file as a whole) and what to do.
 *
 * @example
 * ReportTextIssue.parse({ line: 3, message: { vi: 'thiếu ngày ban hành', en: 'the date is missing' } })
 */
export const ReportTextIssue = z.object({ line: z.int().nonnegative(), message: BilingualText });
/** A problem in a report written as Markdown. */
export type ReportTextIssue = z.infer<typeof ReportTextIssue>;

/** What {@link parseReportMarkdown} gives: the template when the text is complete, and every problem found. */
export interface ParsedReportMarkdown {
  readonly ok: boolean;
  readonly data?: ReportTemplate;
  readonly issues: readonly ReportTextIssue[];
}

/**
 * Reads a report written as Markdown by the ward (đọc nội dung báo cáo
 * viết bằng Markdown) into a {@link ReportTemplate}:
 *
 * - a front matter between `---` lines with `Cấp trên`, `Cấp ủy`, `Số`,
 *   `Ký hiệu` (default `BC`), `Cơ quan` (default `ĐU`), `Địa danh`, `Ngày`
 *   (`05/02/2026`), `Trích yếu`, `Thẩm quyền` (default `T/M BAN THƯỜNG VỤ`),
 *   `Chức vụ` (default `BÍ THƯ`), `Người ký`, and optionally `Mẫu:` with a
 *   name of `REPORT_OUTLINES` (`nq21`: the NQ 21 interim review) to
 *   lay the text into that outline;
 * - the text before the first heading is the opening;
 * - headings numbered `I.`, `1.` and `1.1.` start parts, sections and
 *   subsections (the number of `#` does not matter; under `Mẫu:` the
 *   titles come from the outline and a heading outside it is a problem);
 * - `[^id]: text` lines are footnotes; a `Nơi nhận` heading lists the
 *   recipients as `- ` lines; a `Số liệu đối chiếu` heading lists the
 *   figures the draft states as `- section | placeholder | stated` lines
 *   (other lines there are remarks).
 *
 * Never throws: problems come back with their line.
 *
 * @example
 * const { ok, data, issues } = parseReportMarkdown(text);
 */
export function parseReportMarkdown(text: string): ParsedReportMarkdown {
  const lines = text
    .normalize('NFC')
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u);
  const issues: ReportTextIssue[] = [];
  const problem: Problem = (line, vi, en) => {
    issues.push({ line, message: { vi, en } });
  };

  const { fields, bodyStart } = readFrontMatter(lines, problem);
  const body = readBody(lines, bodyStart, problem);
  const { header, signer } = readHeader(fields, problem);
  checkRecipients(body.recipients, problem);
  const outline = selectOutline(fields, problem);
  const signature = readSignature(fields, signer, problem);
  const content = { header, summary: fields.summary?.value, body, signature };
  const template = outline
    ? layIntoOutline(outline, content, problem)
    : layAsWritten(content, problem);

  if (issues.length > 0) return { ok: false, issues };
  const checked = ReportTemplate.safeParse(template);
  if (!checked.success) {
    return {
      ok: false,
      issues: invalidContent(checked.error.issues).map((message) => ({ line: 0, message })),
    };
  }
  return { ok: true, data: checked.data, issues };
}
