import { defineCodeList } from '../common/codeList';

/**
 * What falls due (loại việc đến hạn), with the labels lists print:
 *
 * - `probation-end`: a probationary member's 12 months end (hết thời hạn dự bị);
 * - `recognition-deadline`: the last day for the cell to decide on official
 *   recognition, 30 working days later (hạn xét công nhận đảng viên chính thức);
 * - `party-badge`: the award occasion of a party badge (xét tặng huy hiệu Đảng);
 * - `retirement`: a member holding a position or in cadre planning reaches
 *   retirement age (đến tuổi nghỉ hưu);
 * - `discipline-limitation`: the limitation period of a form of discipline in a
 *   pending case runs out (hết thời hiệu xử lý kỷ luật);
 * - `new-member-course`: a new member's probation ends without the course for
 *   new members (chưa học lớp bồi dưỡng đảng viên mới);
 * - `cell-below-minimum`: a cell falls under 3 official members;
 * - `cell-committee-size`: a cell reaches 9 official members and elects a cell
 *   committee (chi ủy);
 * - `congress-term`: the term of an organisation's congress ends (hết nhiệm
 *   kỳ đại hội), shown from the day its preparation starts.
 *
 * @see Điều lệ Đảng 2011, Điều 5, 21, 22 and 24; HD 01-HD/TW (2021) §18; NĐ 135/2020/NĐ-CP; QĐ 69-QĐ/TW (2022); QĐ 294-QĐ/TW (2025)
 */
export const DueKinds = defineCodeList('due-kind', {
  'probation-end': { vi: 'Hết thời hạn dự bị', en: 'Probation ends' },
  'recognition-deadline': {
    vi: 'Hạn xét công nhận đảng viên chính thức',
    en: 'Recognition deadline',
  },
  'party-badge': { vi: 'Xét tặng huy hiệu Đảng', en: 'Party badge' },
  retirement: { vi: 'Đến tuổi nghỉ hưu', en: 'Retirement' },
  'discipline-limitation': {
    vi: 'Hết thời hiệu xử lý kỷ luật',
    en: 'Discipline limitation ends',
  },
  'new-member-course': {
    vi: 'Chưa học lớp bồi dưỡng đảng viên mới',
    en: 'New-member course not taken',
  },
  'cell-below-minimum': {
    vi: 'Chi bộ dưới 3 đảng viên chính thức',
    en: 'Cell under 3 official members',
  },
  'cell-committee-size': {
    vi: 'Chi bộ đủ 9 đảng viên chính thức (bầu chi ủy)',
    en: 'Cell reaches 9 official members (elects a committee)',
  },
  'congress-term': {
    vi: 'Hết nhiệm kỳ đại hội',
    en: 'Congress term ends',
  },
});
