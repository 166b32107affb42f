import type { IssueCode } from '@org/party-core';
import type { Lang } from './schemas';

/**
 * A short name for each kind of problem, in both languages, for the line
 * that stands for a whole group of issues on the page ("357 × Dự bị quá
 * hạn…"). The issue's own message, with its figures, stays on each row. A
 * closed map: a new issue code does not compile until it has its name.
 */
const KIND_TITLES: { readonly [C in IssueCode]: { readonly vi: string; readonly en: string } } = {
  'invalid-structure': { vi: 'Tệp không đúng cấu trúc', en: 'File not in the expected structure' },
  required: { vi: 'Thiếu giá trị bắt buộc', en: 'Required value missing' },
  'invalid-type': { vi: 'Giá trị sai kiểu', en: 'Value of the wrong type' },
  'invalid-code': { vi: 'Giá trị không có trong danh mục', en: 'Value not in the code list' },
  'invalid-value': { vi: 'Giá trị không hợp lệ', en: 'Invalid value' },
  'invalid-date': { vi: 'Ngày không đọc được', en: 'Unreadable date' },
  'duplicate-id': { vi: 'Mã bị trùng', en: 'Duplicate id' },
  'invisible-characters': {
    vi: 'Ký tự ẩn đã được bỏ khỏi mã',
    en: 'Invisible characters removed from an id',
  },
  'empty-collection': { vi: 'Danh sách trống', en: 'Empty list' },
  'duplicate-record': { vi: 'Dòng bị trùng', en: 'Duplicate row' },
  'unknown-organization': { vi: 'Mã tổ chức không có', en: 'Unknown organisation' },
  'unknown-member': { vi: 'Mã đảng viên không có', en: 'Unknown member' },
  'invalid-parent': { vi: 'Tổ chức cấp trên không hợp lệ', en: 'Invalid parent organisation' },
  'nested-committee': { vi: 'Đảng bộ lồng nhau không hợp lệ', en: 'Invalid nested committee' },
  'birth-after-admission': { vi: 'Ngày sinh sau ngày vào Đảng', en: 'Born after admission' },
  'official-before-admission': {
    vi: 'Ngày chính thức trước ngày vào Đảng',
    en: 'Official before admission',
  },
  'date-order': { vi: 'Ngày trước, ngày sau bị ngược', en: 'Dates in the wrong order' },
  'invalid-discipline-form': {
    vi: 'Hình thức kỷ luật không áp dụng',
    en: 'Discipline not applicable',
  },
  'probationary-discipline-form': {
    vi: 'Kỷ luật không áp dụng cho đảng viên dự bị',
    en: 'Discipline not applicable to a probationary member',
  },
  'after-reference-date': { vi: 'Ngày sau ngày số liệu', en: 'Date after the reference date' },
  'former-member-without-leaving': {
    vi: 'Đảng viên đã rời nhưng thiếu biến động',
    en: 'Former member without a leaving movement',
  },
  'leaving-without-former-member': {
    vi: 'Biến động rời đảng bộ thiếu dòng đảng viên',
    en: 'Leaving movement without the former member',
  },
  'organization-not-existing': {
    vi: 'Sinh hoạt ở tổ chức chưa thành lập hoặc đã giải thể',
    en: 'Organisation not existing on that date',
  },
  'transfer-origin-mismatch': {
    vi: 'Chuyển sinh hoạt nội bộ sai “Từ tổ chức”',
    en: 'Internal transfer from the wrong organisation',
  },
  'invalid-merge-target': { vi: 'Tổ chức sáp nhập vào không hợp lệ', en: 'Invalid merge target' },
  'admission-age': {
    vi: 'Tuổi vào Đảng ngoài khoảng quy định',
    en: 'Age at admission out of range',
  },
  'probation-overdue': {
    vi: 'Dự bị quá hạn, chưa có ngày chính thức',
    en: 'Probation overdue, no official date',
  },
  'probation-too-short': { vi: 'Thời gian dự bị chưa đủ', en: 'Probation too short' },
  'small-cell': {
    vi: 'Chi bộ có ít hơn 3 đảng viên chính thức',
    en: 'Cell with fewer than 3 official members',
  },
  'member-has-left': {
    vi: 'Đảng viên đã rời vẫn còn trong danh sách',
    en: 'Member who left still on the roster',
  },
  'planning-too-many-candidates': {
    vi: 'Chức danh có quá nhiều người quy hoạch',
    en: 'Too many candidates for a post',
  },
  'planning-too-many-posts': {
    vi: 'Một người quy hoạch quá nhiều chức danh',
    en: 'One candidate planned for too many posts',
  },
  'movement-unknown-organization': {
    vi: 'Biến động ghi mã tổ chức không có',
    en: 'Movement names an unknown organisation',
  },
  'discipline-without-violation': {
    vi: 'Kỷ luật nhưng kết luận không vi phạm',
    en: 'Discipline without a violation',
  },
  'dismissal-without-position': {
    vi: 'Cách chức nhưng không giữ chức vụ',
    en: 'Dismissal without a position',
  },
  'discipline-past-limitation': {
    vi: 'Kỷ luật sau khi hết thời hiệu',
    en: 'Discipline after the limitation period',
  },
  'lost-leading-zero': { vi: 'Mã có thể mất số 0 ở đầu', en: 'Id may have lost a leading zero' },
  'bare-year': { vi: 'Ngày chỉ có năm', en: 'Date with a year only' },
  'unknown-field': { vi: 'Cột không thuộc mẫu dữ liệu', en: 'Column not in the data contract' },
};

/** The short name of a kind of problem, in `lang`. @internal */
export function kindTitle(code: IssueCode, lang: Lang): string {
  return KIND_TITLES[code][lang];
}
