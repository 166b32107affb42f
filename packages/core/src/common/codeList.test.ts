import { describe, expect, it } from 'vitest';
import { Ratings } from '../classification/codes';
import { DisciplineForms, Findings, InspectionModes, SubjectTypes } from '../inspection/codes';
import {
  Genders,
  GeneralEducationLevels,
  MovementTypes,
  Occupations,
  PoliticalTheoryLevels,
  PositionRoles,
  ProfessionalLevels,
  Religions,
} from '../member/codes';
import { OrganizationCategories, OrganizationKinds } from '../organization/codes';
import { CourseKinds, TrainingResults } from '../training/codes';
import { defineCodeList } from './codeList';
import { labelKey } from './text';

const ALL = [
  OrganizationKinds,
  OrganizationCategories,
  Genders,
  Religions,
  GeneralEducationLevels,
  ProfessionalLevels,
  PoliticalTheoryLevels,
  Occupations,
  MovementTypes,
  PositionRoles,
  InspectionModes,
  SubjectTypes,
  Findings,
  DisciplineForms,
  CourseKinds,
  TrainingResults,
  Ratings,
];

describe('code lists', () => {
  it.each(ALL.map((list) => [list.name, list] as const))(
    '%s: every code, label and alias matches back to its own code',
    (_name, list) => {
      for (const code of list.codes) {
        const label = list.labels[code as keyof typeof list.labels] as {
          vi: string;
          aliases?: string[];
        };
        expect(list.match(code)).toBe(code);
        expect(list.match(label.vi)).toBe(code);
        expect(list.match(label.vi.toUpperCase())).toBe(code);
        expect(list.match(label.vi.normalize('NFD'))).toBe(code);
        for (const alias of label.aliases ?? []) expect(list.match(alias)).toBe(code);
      }
    },
  );

  it.each(ALL.map((list) => [list.name, list] as const))(
    '%s: no two codes share a label key',
    (_name, list) => {
      const owners = new Map<string, string>();
      for (const code of list.codes) {
        const label = list.labels[code as keyof typeof list.labels] as {
          vi: string;
          aliases?: string[];
        };
        for (const text of [code, label.vi, ...(label.aliases ?? [])]) {
          const key = labelKey(text);
          const owner = owners.get(key);
          expect(owner === undefined || owner === code, `${text} is also ${owner}`).toBe(true);
          owners.set(key, code);
        }
      }
    },
  );

  it('maps the contract labels to their codes', () => {
    expect(Genders.match('Nu')).toBe('female');
    expect(ProfessionalLevels.match('thac si')).toBe('master');
    expect(OrganizationCategories.match('Thôn')).toBe('residential');
    expect(OrganizationCategories.match('Hợp tác xã')).toBe('non-state');
    expect(Religions.match('Thiên chúa giáo')).toBe('catholic');
    expect(Occupations.match('Kinh doanh')).toBe('private-sector');
    expect(PoliticalTheoryLevels.match('Chưa qua đào tạo')).toBe('none');
    expect(CourseKinds.match('Bồi dưỡng lý luận chính trị')).toBe('theory-elementary');
    expect(MovementTypes.match('Xoá tên')).toBe('struck-off');
    expect(Genders.match('unknown')).toBeUndefined();
  });

  it('refuses an empty list', () => {
    expect(() => defineCodeList('empty', {})).toThrow(TypeError);
  });
});
