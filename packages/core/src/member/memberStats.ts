import { z } from 'zod';
import { zeroCounts } from '../_internal/counts';
import { completedYearsOfKeys, dateKey } from '../_internal/dateKey';
import { labelKey } from '../common/text';
import {
  AgeBands,
  EthnicityGroups,
  Genders,
  GeneralEducationLevels,
  Occupations,
  PoliticalTheoryLevels,
  ProfessionalLevels,
  Religions,
} from './codes';
import type { Member } from './member';

/** Age bands of the data contract, in completed years on `asOf` (the codes of {@link AgeBands}). */
export const AGE_BANDS = AgeBands.codes;
/** An age band of the data contract. */
export type AgeBand = (typeof AGE_BANDS)[number];

const counts = <const K extends readonly string[]>(codes: K) =>
  z.object(
    Object.fromEntries(codes.map((code) => [code, z.int()])) as { [C in K[number]]: z.ZodInt },
  );

/**
 * Breakdowns of the roster on `asOf` (cơ cấu đội ngũ đảng viên), data
 * contract §3 `members`: every code present, zero included.
 *
 * - `probationary`: no official date, or one after `asOf` (đảng viên dự bị);
 * - `ageBands`: completed years on `asOf` (`ageInYears`: a 29 February birthday is
 *   reached on 28 February in a common year); a bare birth year counts from 1 January;
 * - `ethnicity`: `kinh`, or `minority` for any other group (dân tộc thiểu số);
 * - `exempt`: exempted from party activities (miễn sinh hoạt); `workingAway`: đi làm ăn xa.
 */
export const MemberStats = z.object({
  total: z.int(),
  probationary: z.int(),
  gender: counts(Genders.codes),
  ageBands: counts(AGE_BANDS),
  ethnicity: counts(EthnicityGroups.codes),
  religion: counts(Religions.codes),
  generalEducation: counts(GeneralEducationLevels.codes),
  professional: counts(ProfessionalLevels.codes),
  politicalTheory: counts(PoliticalTheoryLevels.codes),
  occupation: counts(Occupations.codes),
  exempt: z.int(),
  workingAway: z.int(),
});
/** Breakdowns of the roster on `asOf`. */
export type MemberStats = z.infer<typeof MemberStats>;

/**
 * Computes {@link MemberStats} in one pass over the roster, holding only the
 * counters: a national roster of 5.6 million members fits.
 *
 * @example
 * memberStats(dataset.members, '2026-03-01').ageBands // { 'under-30': 156, '30-39': 291, … }
 */
export function memberStats(members: readonly Member[], asOf: string): MemberStats {
  const asOfKey = dateKey(asOf);
  const gender = zeroCounts(Genders.codes);
  const ageBands = zeroCounts(AGE_BANDS);
  const ethnicity = { kinh: 0, minority: 0 };
  const religion = zeroCounts(Religions.codes);
  const generalEducation = zeroCounts(GeneralEducationLevels.codes);
  const professional = zeroCounts(ProfessionalLevels.codes);
  const politicalTheory = zeroCounts(PoliticalTheoryLevels.codes);
  const occupation = zeroCounts(Occupations.codes);
  const isKinh = new Map<string, boolean>();
  let probationary = 0;
  let exempt = 0;
  let workingAway = 0;

  for (const member of members) {
    if (member.officialOn === undefined || member.officialOn > asOf) probationary += 1;
    gender[member.gender] += 1;
    const age = completedYearsOfKeys(dateKey(member.birthDate), asOfKey);
    ageBands[age < 30 ? 'under-30' : age < 40 ? '30-39' : age < 60 ? '40-59' : '60-plus'] += 1;
    let kinh = member.ethnicity === 'Kinh' ? true : isKinh.get(member.ethnicity);
    if (kinh === undefined) {
      kinh = labelKey(member.ethnicity) === 'kinh';
      isKinh.set(member.ethnicity, kinh);
    }
    if (kinh) ethnicity.kinh += 1;
    else ethnicity.minority += 1;
    religion[member.religion] += 1;
    generalEducation[member.generalEducation] += 1;
    professional[member.professional] += 1;
    politicalTheory[member.politicalTheory] += 1;
    occupation[member.occupation] += 1;
    if (member.exempt) exempt += 1;
    if (member.workingAway) workingAway += 1;
  }

  return {
    total: members.length,
    probationary,
    gender,
    ageBands,
    ethnicity,
    religion,
    generalEducation,
    professional,
    politicalTheory,
    occupation,
    exempt,
    workingAway,
  };
}
