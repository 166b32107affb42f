import { defineCodeList } from '../common/codeList';

/** Gender (giới tính). */
export const Genders = defineCodeList('gender', {
  male: { vi: 'Nam', en: 'Male' },
  female: { vi: 'Nữ', en: 'Female' },
});

/** Age band (độ tuổi) of the data contract, in completed years on the reference date. */
export const AgeBands = defineCodeList('age-band', {
  'under-30': { vi: 'Dưới 30 tuổi', en: 'Under 30' },
  '30-39': { vi: 'Từ 30 đến dưới 40 tuổi', en: '30 to under 40' },
  '40-59': { vi: 'Từ 40 đến dưới 60 tuổi', en: '40 to under 60' },
  '60-plus': { vi: 'Từ 60 tuổi trở lên', en: '60 and over' },
});

/** Ethnic group (dân tộc) as the roster breakdown counts it: Kinh, or any minority. */
export const EthnicityGroups = defineCodeList('ethnicity-group', {
  kinh: { vi: 'Kinh', en: 'Kinh' },
  minority: { vi: 'Dân tộc thiểu số', en: 'Ethnic minorities' },
});

/** Religion (tôn giáo); any religion not listed is `other`. */
export const Religions = defineCodeList('religion', {
  none: { vi: 'Không', en: 'None' },
  catholic: { vi: 'Công giáo', en: 'Catholic', aliases: ['Thiên chúa giáo'] },
  buddhist: { vi: 'Phật giáo', en: 'Buddhist' },
  protestant: { vi: 'Tin lành', en: 'Protestant' },
  'cao-dai': { vi: 'Cao Đài', en: 'Cao Dai' },
  'hoa-hao': { vi: 'Hòa Hảo', en: 'Hoa Hao', aliases: ['Hoà Hảo'] },
  other: { vi: 'Khác', en: 'Other' },
});

/** General education (trình độ giáo dục phổ thông). */
export const GeneralEducationLevels = defineCodeList('general-education', {
  primary: { vi: 'Tiểu học', en: 'Primary' },
  'lower-secondary': { vi: 'THCS', en: 'Lower secondary', aliases: ['Trung học cơ sở'] },
  'upper-secondary': { vi: 'THPT', en: 'Upper secondary', aliases: ['Trung học phổ thông'] },
});

/** Professional qualification (trình độ chuyên môn). */
export const ProfessionalLevels = defineCodeList('professional', {
  doctorate: { vi: 'Tiến sĩ', en: 'Doctorate' },
  master: { vi: 'Thạc sĩ', en: 'Master' },
  university: { vi: 'Đại học', en: 'University' },
  college: { vi: 'Cao đẳng', en: 'College' },
  intermediate: { vi: 'Trung cấp', en: 'Intermediate vocational' },
  elementary: { vi: 'Sơ cấp', en: 'Elementary vocational' },
  none: { vi: 'Không', en: 'None' },
});

/** Political theory level (trình độ lý luận chính trị). */
export const PoliticalTheoryLevels = defineCodeList('political-theory', {
  advanced: { vi: 'Cao cấp', en: 'Advanced' },
  bachelor: { vi: 'Cử nhân', en: 'Bachelor' },
  intermediate: { vi: 'Trung cấp', en: 'Intermediate' },
  elementary: { vi: 'Sơ cấp', en: 'Elementary' },
  none: { vi: 'Chưa qua đào tạo', en: 'None', aliases: ['Không'] },
});

/** Occupation (nghề nghiệp). */
export const Occupations = defineCodeList('occupation', {
  'civil-servant': { vi: 'Cán bộ, công chức, viên chức', en: 'Civil servant or public employee' },
  retired: { vi: 'Hưu trí', en: 'Retired' },
  'armed-forces': { vi: 'Lực lượng vũ trang', en: 'Armed forces' },
  'private-sector': {
    vi: 'Làm việc khu vực ngoài nhà nước',
    en: 'Self-employed or non-state sector',
    aliases: ['Lao động tự do', 'Kinh doanh'],
  },
  'state-enterprise': { vi: 'Doanh nghiệp nhà nước', en: 'State-owned enterprise' },
  student: { vi: 'Học sinh, sinh viên', en: 'Student' },
  farmer: { vi: 'Nông dân', en: 'Farmer' },
  other: { vi: 'Khác', en: 'Other' },
});

/**
 * Type of membership movement (biến động đảng viên). Admission, transfer in
 * and internal transfer keep the member on the roster; the others take them off.
 *
 * @see QĐ 294-QĐ/TW (26/5/2025) §6 (transfers), Điều lệ Đảng Điều 8 (xóa tên)
 */
export const MovementTypes = defineCodeList('movement-type', {
  admitted: { vi: 'Kết nạp', en: 'Admitted' },
  'transferred-in': { vi: 'Chuyển đến', en: 'Transferred in' },
  'transferred-out': { vi: 'Chuyển đi', en: 'Transferred out' },
  'struck-off': { vi: 'Xóa tên', en: 'Struck off', aliases: ['Xoá tên'] },
  expelled: { vi: 'Khai trừ', en: 'Expelled' },
  deceased: { vi: 'Từ trần', en: 'Deceased' },
  resigned: { vi: 'Ra khỏi Đảng', en: 'Left the Party' },
  'internal-transfer': { vi: 'Chuyển nội bộ', en: 'Internal transfer' },
});

/** Role of a position held (chức vụ); anything not listed is `other`, kept as text. */
export const PositionRoles = defineCodeList('position-role', {
  secretary: { vi: 'Bí thư', en: 'Secretary' },
  'deputy-secretary': { vi: 'Phó bí thư', en: 'Deputy secretary' },
  'committee-member': { vi: 'Cấp ủy viên', en: 'Committee member', aliases: ['Cấp uỷ viên'] },
  'residential-group-head': { vi: 'Tổ trưởng tổ dân phố', en: 'Head of residential group' },
  'front-committee-head': {
    vi: 'Trưởng ban công tác Mặt trận',
    en: 'Head of the Front work committee',
  },
  other: { vi: 'Khác', en: 'Other' },
});
