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
