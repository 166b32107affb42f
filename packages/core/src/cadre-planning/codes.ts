import { defineCodeList } from '../common/codeList';

/**
 * Level of the body a cadre is planned for (cấp quy hoạch), which sets the
 * month at which planning ages are counted. The ward committee is `commune`
 * (đảng bộ xã, phường, đặc khu). `state` is the state bodies (cơ quan nhà
 * nước), whose terms run a year after the party terms (2026–2031, 2031–2036).
 *
 * @see HD 45-HD/BTCTW (21/11/2025), §5.2
 * @example
 * PlanningLevels.match('cap xa') // 'commune'
 */
export const PlanningLevels = defineCodeList('planning-level', {
  grassroots: { vi: 'Cấp cơ sở', en: 'Grassroots level' },
  'above-grassroots': {
    vi: 'Cấp trên trực tiếp của cơ sở',
    en: 'Level directly above the grassroots',
  },
  commune: { vi: 'Cấp xã', en: 'Commune or ward level', aliases: ['Cấp phường'] },
  province: { vi: 'Cấp tỉnh', en: 'Provincial level' },
  state: { vi: 'Cơ quan nhà nước', en: 'State bodies' },
});
