import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import { buildDataset, buildMember } from '../../testing/builders';
import { validateDataset } from '../validateDataset';

const withMember = (overrides: Parameters<typeof buildMember>[0], asOf = '2026-03-01') =>
  validateDataset(
    buildDataset({
      asOf,
      members: [...buildDataset().members, buildMember({ id: 'T', ...overrides })],
    }),
  );

describe('member dates', () => {
  it('reports a birth after admission', () => {
    const result = withMember({
      birthDate: '2006-01-01',
      admittedOn: '2005-03-26',
      officialOn: '2006-03-26',
    });
    expect(briefs(result.issues)).toEqual(['error birth-after-admission @ members[3].birthDate']);
    expect(result.issues[0]?.related).toEqual({ kind: 'members', index: 3, field: 'admittedOn' });
  });

  it('reports an official date before admission', () => {
    const result = withMember({ officialOn: '2005-03-25' });
    expect(briefs(result.issues)).toEqual([
      'error official-before-admission @ members[3].officialOn',
    ]);
  });

  it('warns about an official date less than 12 months after admission', () => {
    expect(briefs(withMember({ officialOn: '2006-03-25' }).issues)).toEqual([
      'warning probation-too-short @ members[3].officialOn',
    ]);
    expect(briefs(withMember({ officialOn: '2006-03-26' }).issues)).toEqual([]);
  });

  describe('admission age, 18 to 60 counted in months', () => {
    it('accepts exactly 18 years and exactly 60 years', () => {
      expect(briefs(withMember({ birthDate: '1987-03-26' }).issues)).toEqual([]);
      expect(briefs(withMember({ birthDate: '1945-03-26' }).issues)).toEqual([]);
    });
    it('warns one day short of 18', () => {
      const result = withMember({ birthDate: '1987-03-27' });
      expect(briefs(result.issues)).toEqual(['warning admission-age @ members[3].admittedOn']);
      expect(result.issues[0]?.params).toMatchObject({ years: 17, months: 11 });
      expect(result.issues[0]?.message.vi).toContain('17 tuổi 11 tháng');
    });
    it('warns one month past 60', () => {
      const result = withMember({ birthDate: '1945-02-26' });
      expect(briefs(result.issues)).toEqual(['warning admission-age @ members[3].admittedOn']);
      expect(result.issues[0]?.params).toMatchObject({ years: 60, months: 1 });
    });
    it('counts a bare birth year from 1 January, with a notice', () => {
      const result = withMember({ birthDate: '1987' });
      expect(briefs(result.issues)).toEqual(['notice bare-year @ members[3].birthDate']);
      const late = withMember({ birthDate: '1988' });
      expect(briefs(late.issues)).toEqual([
        'notice bare-year @ members[3].birthDate',
        'warning admission-age @ members[3].admittedOn',
      ]);
    });
  });

  describe('probation', () => {
    it('warns about a probationary member past 12 months on the reference date', () => {
      const result = withMember({ admittedOn: '2025-02-28', officialOn: undefined });
      expect(briefs(result.issues)).toEqual(['warning probation-overdue @ members[3].officialOn']);
      expect(result.issues[0]?.message.vi).toContain('ngày 1/3/2026');
    });
    it('accepts a probationary member on the last day of probation', () => {
      expect(
        briefs(withMember({ admittedOn: '2025-03-01', officialOn: undefined }).issues),
      ).toEqual([]);
    });
    it('does not judge probation without a reference date', () => {
      const { asOf: _asOf, ...dataset } = buildDataset({
        members: [
          ...buildDataset().members,
          buildMember({ id: 'T', admittedOn: '2020-01-01', officialOn: undefined }),
        ],
      });
      expect(briefs(validateDataset(dataset).issues)).toEqual([]);
    });
  });
});
