import { labelKey } from '../common/text';
import type { Ward } from '../organization/organization';
import type { ParsedReportTemplate } from './buildReport';

/** A ward named in a text: its unit (`phường`, `xã`, …) and its name. */
const UNIT = /(phường|xã|thị trấn|đặc khu)\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*)*)/u;

/** `phường Dương Kinh` out of `Đảng ủy phường Dương Kinh`; `undefined` when no unit is named. */
function wardNamed(text: string | undefined): string | undefined {
  const match = text === undefined ? null : UNIT.exec(text.normalize('NFC'));
  return match
    ? `${(match[1] as string).toLowerCase()} ${(match[2] as string).replace(/\s+/gu, ' ')}`
    : undefined;
}

/** The narrative names another ward than the data: which, and which the data is of. */
export interface OtherWard {
  /** The ward the narrative's header names, e.g. `phường Dương Kinh`. */
  readonly narrative: string;
  /** The ward of the data (`don-vi`), e.g. `phường Ngọc Hải`. */
  readonly data: string;
}

/**
 * Whether a narrative was written for another ward than the data's
 * (nội dung báo cáo của đơn vị khác): the ward its header's committee names
 * against the ward `don-vi` names (committee, else name), compared without
 * regard to case or diacritics. `undefined` when they are the same, or when
 * either names no ward (nothing to tell). Pure.
 *
 * @example
 * narrativeNamesOtherWard(template, { committee: 'Đảng ủy phường Ngọc Hải' })
 * // { narrative: 'phường Dương Kinh', data: 'phường Ngọc Hải' }
 */
export function narrativeNamesOtherWard(
  template: Pick<ParsedReportTemplate, 'header'>,
  ward: Ward,
): OtherWard | undefined {
  const narrative = wardNamed(template.header.committee);
  const data = wardNamed(ward.committee) ?? wardNamed(ward.name);
  if (narrative === undefined || data === undefined) return undefined;
  return labelKey(narrative) === labelKey(data) ? undefined : { narrative, data };
}
