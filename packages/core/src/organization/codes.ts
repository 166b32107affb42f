import { defineCodeList } from '../common/codeList';

/**
 * Kind of party organisation (loại tổ chức đảng).
 *
 * - `grassroots-committee`: đảng bộ cơ sở;
 * - `grassroots-cell`: chi bộ cơ sở;
 * - `subordinate-cell`: chi bộ trực thuộc (of the ward committee or of a grassroots committee).
 *
 * @see Điều lệ Đảng, Điều 21; QĐ 294-QĐ/TW (26/5/2025)
 */
export const OrganizationKinds = defineCodeList('organization-kind', {
  'grassroots-committee': { vi: 'Đảng bộ cơ sở', en: 'Grassroots party committee' },
  'grassroots-cell': { vi: 'Chi bộ cơ sở', en: 'Grassroots party cell' },
  'subordinate-cell': { vi: 'Chi bộ trực thuộc', en: 'Subordinate party cell' },
});

/**
 * Type of the unit an organisation leads (loại hình tổ chức đảng).
 */
export const OrganizationCategories = defineCodeList('organization-category', {
  residential: { vi: 'Tổ dân phố', en: 'Residential group', aliases: ['Thôn', 'Khu dân cư'] },
  'public-service': { vi: 'Đơn vị sự nghiệp công lập', en: 'Public service unit' },
  'state-agency': { vi: 'Cơ quan hành chính', en: 'State agency', aliases: ['Cơ quan'] },
  military: { vi: 'Quân sự', en: 'Military' },
  police: { vi: 'Công an', en: 'Police' },
  'state-enterprise': { vi: 'Doanh nghiệp nhà nước', en: 'State-owned enterprise' },
  'non-state': {
    vi: 'Doanh nghiệp ngoài nhà nước',
    en: 'Non-state enterprise, cooperative or non-public unit',
    aliases: ['Hợp tác xã', 'Sự nghiệp ngoài công lập'],
  },
  other: { vi: 'Khác', en: 'Other' },
});
