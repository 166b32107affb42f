import { z } from 'zod';
import { IsoDate, PartialDate, YesNoOrDate } from '../common/dates';
import { Code, Text } from '../common/fieldSchemas';
import {
  Genders,
  GeneralEducationLevels,
  Occupations,
  PoliticalTheoryLevels,
  ProfessionalLevels,
  Religions,
} from './codes';

/** Gender (giới tính). */
export const Gender = Genders.schema;
/** Gender (giới tính). */
export type Gender = z.infer<typeof Gender>;
/** Religion (tôn giáo). */
export const Religion = Religions.schema;
/** Religion (tôn giáo). */
export type Religion = z.infer<typeof Religion>;
/** General education (trình độ giáo dục phổ thông). */
export const GeneralEducation = GeneralEducationLevels.schema;
/** General education (trình độ giáo dục phổ thông). */
export type GeneralEducation = z.infer<typeof GeneralEducation>;
/** Professional qualification (trình độ chuyên môn). */
export const ProfessionalLevel = ProfessionalLevels.schema;
/** Professional qualification (trình độ chuyên môn). */
export type ProfessionalLevel = z.infer<typeof ProfessionalLevel>;
/** Political theory level (trình độ lý luận chính trị). */
export const PoliticalTheoryLevel = PoliticalTheoryLevels.schema;
/** Political theory level (trình độ lý luận chính trị). */
export type PoliticalTheoryLevel = z.infer<typeof PoliticalTheoryLevel>;
/** Occupation (nghề nghiệp). */
export const Occupation = Occupations.schema;
/** Occupation (nghề nghiệp). */
export type Occupation = z.infer<typeof Occupation>;

/**
 * A party member on the ward's roster on the reference date (đảng viên).
 * Data contract §1.3, file `dang-vien`.
 *
 * A member with no `officialOn` is probationary (đảng viên dự bị): probation
 * lasts 12 months (Điều lệ Đảng, Điều 5). Admission age is 18 to 60, counted in
 * months (Điều lệ Đảng, Điều 1). A bare birth year counts as 1 January
 * (NĐ 135/2020/NĐ-CP, Điều 3).
 *
 * @see Điều lệ Đảng 2011, Điều 1 and 5; QĐ 294-QĐ/TW (26/5/2025)
 * @example
 * Member.parse({
 *   id: '01234567', fullName: 'Nguyễn Văn An', birthDate: '1980-05-20', gender: 'male',
 *   ethnicity: 'Kinh', admittedOn: '2005-03-26', officialOn: '2006-03-26', org: 'CB01',
 *   generalEducation: 'upper-secondary',
 * });
 */
export const Member = z
  .object({
    /** Party card number or the ward's own code (mã đảng viên), unique. */
    id: Code,
    /** Full name (họ và tên). Personal data: never logged, never in messages. */
    fullName: Text,
    /** Date of birth (ngày sinh), or the bare year when only that is known. */
    birthDate: PartialDate,
    /** Gender (giới tính). */
    gender: Gender,
    /** Ethnic group as written (dân tộc): `Kinh` or another group's name. */
    ethnicity: Text,
    /** Religion (tôn giáo). */
    religion: Religion.default('none'),
    /** Date of the admission decision (ngày vào Đảng). */
    admittedOn: IsoDate,
    /** Date of official membership (ngày chính thức); absent = probationary. */
    officialOn: IsoDate.optional(),
    /** Code of the organisation the member attends (tổ chức sinh hoạt). */
    org: Code,
    /** General education (trình độ giáo dục phổ thông). */
    generalEducation: GeneralEducation,
    /** Professional qualification (trình độ chuyên môn). */
    professional: ProfessionalLevel.default('none'),
    /** Political theory level (lý luận chính trị). */
    politicalTheory: PoliticalTheoryLevel.default('none'),
    /** Occupation (nghề nghiệp). */
    occupation: Occupation.default('other'),
    /**
     * Exempted from party work and activities (miễn công tác và sinh hoạt
     * đảng): yes/no, or the date from which the member is exempt (contract §4.1).
     */
    exempt: YesNoOrDate.default(false),
    /** Working away from home (đi làm ăn xa). */
    workingAway: z.boolean().default(false),
    /**
     * Months outside party activity to subtract from party age (thời gian
     * gián đoạn sinh hoạt đảng): expulsion, removal, loss of contact, gaps in
     * a transfer. Party age counts from the admission decision minus these
     * months (HD 01-HD/TW 2021).
     */
    partyAgeGapMonths: z.int().nonnegative().optional(),
    /**
     * For a former member (đảng viên đã rời): the date they stopped belonging
     * to the ward's party committee; their leaving movement is in `bien-dong`.
     * A member without it is on the roster on the data date (contract §4.1).
     */
    leftOn: IsoDate.optional(),
  })
  .meta({
    title: 'Member',
    description: 'Party member on the roster (đảng viên), contract file dang-vien.',
  });
/** A party member on the ward's roster (đảng viên). */
export type Member = z.infer<typeof Member>;
