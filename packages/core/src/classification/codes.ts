import { defineCodeList } from '../common/codeList';

/**
 * Annual quality rating (xếp loại chất lượng).
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 11; HD 43-HD/BTCTW (31/10/2025)
 */
export const Ratings = defineCodeList('rating', {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good' },
  fulfilled: { vi: 'Hoàn thành nhiệm vụ', en: 'Fulfilled' },
  'not-fulfilled': { vi: 'Không hoàn thành nhiệm vụ', en: 'Not fulfilled' },
  unrated: { vi: 'Không xếp loại', en: 'Not rated' },
});

/**
 * Automatic rules of the annual classification (quy tắc tự động khi xếp
 * loại), the codes of the `ClassificationRuleFinding`s.
 *
 * @see QĐ 366-QĐ/TW (30/8/2025), Điều 5.2 and 11
 */
export const ClassificationRules = defineCodeList('classification-rule', {
  'collective-cannot-be-excellent': {
    vi: 'Tập thể có tổ chức trực thuộc hoặc thành viên cấp ủy bị kỷ luật không được xếp loại hoàn thành xuất sắc nhiệm vụ',
    en: 'A collective with a disciplined subordinate organisation or leadership member cannot be rated excellent',
  },
  'disciplined-member-rating': {
    vi: 'Đảng viên bị kỷ luật trong năm được xếp loại cao hơn mức cho phép',
    en: 'A member disciplined in the year is rated above the allowed level',
  },
  'member-not-to-be-rated': {
    vi: 'Đảng viên thuộc diện không đánh giá, xếp loại nhưng đã được xếp loại',
    en: 'A member who must not be rated has a rating',
  },
});
