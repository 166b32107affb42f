import { parseCalendarDate } from '../../common/dates';
import { formatDocumentDateShort } from '../../common/format';
import type { Stats } from '../../stats/computeStats';
import { figureLabel } from '../figureLabel';
import type { BilingualText } from '../reportModel';

const BREAKDOWNS: Readonly<Record<string, BilingualText>> = {
  gender: { vi: 'giới tính', en: 'gender' },
  ageBands: { vi: 'độ tuổi', en: 'age band' },
  ethnicity: { vi: 'dân tộc', en: 'ethnicity' },
  religion: { vi: 'tôn giáo', en: 'religion' },
  generalEducation: { vi: 'trình độ giáo dục phổ thông', en: 'general education' },
  professional: { vi: 'trình độ chuyên môn', en: 'professional qualification' },
  politicalTheory: { vi: 'trình độ lý luận chính trị', en: 'political theory level' },
  occupation: { vi: 'nghề nghiệp', en: 'occupation' },
};

const MOVEMENTS: Readonly<Record<string, BilingualText>> = {
  admitted: { vi: 'số đảng viên kết nạp', en: 'members admitted' },
  transferredIn: { vi: 'số đảng viên chuyển đến', en: 'members transferred in' },
  transferredOut: { vi: 'số đảng viên chuyển đi', en: 'members transferred out' },
  struckOff: { vi: 'số đảng viên bị xóa tên', en: 'members struck off' },
  expelled: { vi: 'số đảng viên bị khai trừ', en: 'members expelled' },
  deceased: { vi: 'số đảng viên từ trần', en: 'members deceased' },
  resigned: { vi: 'số đảng viên xin ra khỏi Đảng', en: 'members who resigned' },
  internalTransfers: {
    vi: 'số lượt chuyển sinh hoạt nội bộ (không tính vào tăng giảm)',
    en: 'internal transfers (not part of the net change)',
  },
};

function dateVi(iso: string): string {
  const date = parseCalendarDate(iso);
  return date === undefined ? iso : formatDocumentDateShort(date);
}

/**
 * One line in Vietnamese and English saying how the figure at `path` is
 * computed, with the dates of the stats.
 */
export function describeFigure(path: string, stats: Stats): BilingualText {
  const asOf = dateVi(stats.asOf);
  const from = dateVi(stats.from);
  const period = { vi: `từ ngày ${from} đến ngày ${asOf}`, en: `from ${from} to ${asOf}` };
  const [top, key, code, suffix] = path.split('.');
  // A code is named by its label, never by its code (`grassroots-committee` → `Đảng bộ cơ sở`).
  const codePath = [top, key, code].join('.');
  const codeName = {
    vi: figureLabel(codePath)?.vi.split(' › ').at(-1) ?? code,
    en: figureLabel(codePath)?.en.split(' › ').at(-1) ?? code,
  };
  if (top === 'members') {
    if (key === 'total' && code === undefined)
      return {
        vi: `tổng số đảng viên trong danh sách ngày ${asOf}`,
        en: `all members on the roster on ${asOf}`,
      };
    if (key === 'probationary' && code === undefined)
      return {
        vi: `số đảng viên dự bị (chưa được công nhận chính thức) ngày ${asOf}`,
        en: `probationary members (not yet official) on ${asOf}`,
      };
    const breakdown = key === undefined ? undefined : BREAKDOWNS[key];
    if (breakdown !== undefined && code !== undefined && suffix === 'percent')
      return {
        vi: `tỷ lệ "${codeName.vi}" theo ${breakdown.vi} trên tổng số đảng viên ngày ${asOf}, làm tròn một chữ số thập phân theo phần dư lớn nhất để cả nhóm cộng lại đúng 100%`,
        en: `share of "${codeName.en}" by ${breakdown.en} in all members on ${asOf}, one decimal, largest remainder so the breakdown adds up to 100%`,
      };
    if (breakdown !== undefined && code !== undefined && suffix === undefined)
      return {
        vi: `số đảng viên có ${breakdown.vi} "${codeName.vi}" trong danh sách ngày ${asOf}`,
        en: `members with ${breakdown.en} "${codeName.en}" on the roster on ${asOf}`,
      };
  }
  if (top === 'movements' && code === undefined) {
    if (key === 'net')
      return {
        vi: `kết nạp và chuyển đến trừ chuyển đi, xóa tên, khai trừ, từ trần, xin ra khỏi Đảng, ${period.vi}`,
        en: `admitted and transferred in, minus transferred out, struck off, expelled, deceased and resigned, ${period.en}`,
      };
    if (key === 'closing')
      return {
        vi: `tổng số đảng viên trong danh sách ngày ${asOf}`,
        en: `all members on the roster on ${asOf}`,
      };
    if (key === 'opening')
      return {
        vi: `số đảng viên ngày ${asOf} trừ tăng giảm ${period.vi}`,
        en: `members on ${asOf} minus the net change ${period.en}`,
      };
    const movement = key === undefined ? undefined : MOVEMENTS[key];
    if (movement !== undefined)
      return { vi: `${movement.vi} ${period.vi}`, en: `${movement.en} ${period.en}` };
  }
  if (top === 'organizations' && key === 'direct' && code === undefined)
    return {
      vi: `số tổ chức đảng trực thuộc đảng ủy ngày ${asOf}`,
      en: `organisations directly under the committee on ${asOf}`,
    };
  if (top === 'organizations' && key === 'byKind' && code !== undefined && suffix === undefined)
    return {
      vi: `số tổ chức đảng trực thuộc loại "${codeName.vi}" ngày ${asOf}`,
      en: `direct organisations of kind "${codeName.en}" on ${asOf}`,
    };
  const label = figureLabel(path.replace(/\.percent$/u, ''));
  return {
    vi: `${label?.vi ?? `số liệu “${path}”`}, tính đến ngày ${asOf} (kỳ ${period.vi})`,
    en: `${label?.en ?? `figure “${path}”`}, as of ${asOf} (period ${period.en})`,
  };
}
