import { defineCodeList } from '../common/codeList';

/**
 * Mode of an inspection or supervision (hình thức kiểm tra, giám sát).
 *
 * @see QĐ 296-QĐ/TW (30/5/2025)
 */
export const InspectionModes = defineCodeList('inspection-mode', {
  inspection: { vi: 'Kiểm tra', en: 'Inspection' },
  'inspection-on-signs': {
    vi: 'Kiểm tra khi có dấu hiệu vi phạm',
    en: 'Inspection on signs of violation',
  },
  'regular-supervision': { vi: 'Giám sát thường xuyên', en: 'Regular supervision' },
  'thematic-supervision': { vi: 'Giám sát chuyên đề', en: 'Thematic supervision' },
});

/** Whether a record is about a party organisation or a member (đối tượng). */
export const SubjectTypes = defineCodeList('subject-type', {
  organization: { vi: 'Tổ chức đảng', en: 'Party organisation' },
  member: { vi: 'Đảng viên', en: 'Party member' },
});

/** Conclusion of an inspection (kết luận); empty means not yet concluded. */
export const Findings = defineCodeList('finding', {
  'no-violation': { vi: 'Không vi phạm', en: 'No violation' },
  violation: { vi: 'Có vi phạm', en: 'Violation' },
  pending: { vi: 'Chưa kết luận', en: 'Pending' },
});

/**
 * Form of party discipline (hình thức kỷ luật). Organisations: reprimand,
 * warning, dissolution; members: reprimand, warning, removal from post,
 * expulsion.
 *
 * @see QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7; Điều lệ Đảng, Điều 35–40
 */
export const DisciplineForms = defineCodeList('discipline', {
  reprimand: { vi: 'Khiển trách', en: 'Reprimand' },
  warning: { vi: 'Cảnh cáo', en: 'Warning' },
  dismissal: { vi: 'Cách chức', en: 'Removal from post' },
  expulsion: { vi: 'Khai trừ', en: 'Expulsion' },
  dissolution: { vi: 'Giải tán', en: 'Dissolution' },
});
