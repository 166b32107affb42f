import { z } from 'zod';
import type { Stats } from '../stats/computeStats';
import { parsePlaceholder, resolveFigure } from './_internal/resolveFigure';
import { BilingualText, ReportRun } from './reportModel';

/**
 * Options of {@link fillNarrative}: `padCounts` writes every count below 10
 * with a leading zero (số có hai chữ số), as if each placeholder had `|pad`.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026)
 * @example
 * fillNarrative('{{members.total}}', stats, { padCounts: true }).text // '03'
 */
export const FillNarrativeOptions = z.object({
  /** Write every count below 10 with a leading zero, as if each placeholder had `|pad`. */
  padCounts: z.boolean().optional(),
});
/** Options of {@link fillNarrative}. */
export type FillNarrativeOptions = z.infer<typeof FillNarrativeOptions>;

/**
 * A placeholder that could not be filled (chỗ điền số liệu không hợp lệ): an
 * unknown path, a group instead of one figure, or an unknown or misapplied
 * filter. The text keeps the placeholder as written.
 *
 * @example
 * PlaceholderError.parse({ placeholder: 'members.tottal', message: { vi: '…', en: '…' } })
 */
export const PlaceholderError = z.object({
  /** The placeholder as written between the braces. */
  placeholder: z.string(),
  message: BilingualText,
});
/** A placeholder that could not be filled. */
export type PlaceholderError = z.infer<typeof PlaceholderError>;

/**
 * The ward's own text with its figures filled in (văn bản đã điền số liệu):
 * the text, the same as text and figure runs for the report model, and the
 * placeholders that could not be filled.
 *
 * @example
 * FilledNarrative.parse({ text: 'Có 3 đảng viên.', runs: [], errors: [] })
 */
export const FilledNarrative = z.object({
  text: z.string(),
  runs: z.array(ReportRun),
  errors: z.array(PlaceholderError),
});
/** The ward's own text with its figures filled in. */
export type FilledNarrative = z.infer<typeof FilledNarrative>;

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/**
 * Fills the placeholders `{{path}}` of the ward's own text (phần lời văn
 * của báo cáo) with figures from the {@link Stats} object, written as
 * reports write them:
 *
 * - a count as `1.239` (`formatCount`); with `|pad`, counts below 10 take a
 *   leading zero (`03`), as administrative style does;
 * - `members.<breakdown>.<code>.percent`: the share of a code in a member
 *   breakdown, one decimal, from `percentages()` so that the shares of one
 *   breakdown add up to exactly 100, written `77,4%`; a stored percentage
 *   (`percent`, `shares.*`) is written the same way;
 * - `members.<breakdown>.<code>+<code>`: several codes together, as a count
 *   or with `.percent` as one share (`members.professional.university+college.percent`),
 *   taken with the codes merged so the shares still add up to 100;
 * - an ISO date (`asOf`, `from`) as `16/6/2022`; with `|dateline` as the
 *   date line of a document, `ngày 05 tháng 02 năm 2026`.
 *
 * A path that the {@link Stats} schema does not have, a group of figures, or
 * an unknown or misapplied filter is not thrown: it is listed in `errors`
 * and the placeholder stays as written. A path that exists without a value
 * (or whose record kind had no record at all, e.g. no inspection file) is
 * printed as the visible marker `[[thiếu số liệu: path]]`, never as a number.
 *
 * @see HD 36-HD/VPTW (2018); QĐ 399-QĐ/TW (09/01/2026); docs/stats.md
 * @example
 * fillNarrative('Toàn Đảng bộ có {{members.total}} đảng viên, nữ chiếm {{members.gender.female.percent}}.', stats)
 * // { text: 'Toàn Đảng bộ có 1.239 đảng viên, nữ chiếm 40,5%.', runs: [...], errors: [] }
 * fillNarrative('{{organizations.byKind.grassroots-committee|pad}} đảng bộ cơ sở', stats).text // '03 đảng bộ cơ sở'
 */
export function fillNarrative(
  text: string,
  stats: Stats,
  options: FillNarrativeOptions = {},
): FilledNarrative {
  const runs: ReportRun[] = [];
  const errors: PlaceholderError[] = [];
  const pushText = (value: string) => {
    if (value === '') return;
    const last = runs.at(-1);
    if (last?.kind === 'text') runs[runs.length - 1] = { kind: 'text', text: last.text + value };
    else runs.push({ kind: 'text', text: value });
  };
  let cursor = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    pushText(text.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    const placeholder = (match[1] ?? '').trim();
    const parsed = parsePlaceholder(placeholder);
    const padded = options.padCounts === true && parsed.filter === undefined;
    let figure = resolveFigure(stats, placeholder);
    if (padded && figure.ok && figure.kind === 'count')
      figure = resolveFigure(stats, `${parsed.path}|pad`);
    if (!figure.ok) {
      errors.push({ placeholder, message: figure.message });
      pushText(match[0]);
      continue;
    }
    runs.push({
      kind: 'figure',
      text: figure.text,
      placeholder,
      path: figure.path,
      value: figure.value,
    });
  }
  pushText(text.slice(cursor));
  return { text: runs.map((run) => run.text).join(''), runs, errors };
}
