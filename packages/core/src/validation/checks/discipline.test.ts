import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import type { DisciplineForm, Inspection } from '../../inspection/inspection';
import { buildDataset, buildInspection, buildMember, buildPosition } from '../../testing/builders';
import { validateDataset } from '../validateDataset';

/** A concluded case against a member, with a finding of violation and a discipline. */
function memberCase(
  subject: string,
  discipline: DisciplineForm,
  extra: Partial<Inspection> = {},
): Inspection {
  return buildInspection({
    subjectType: 'member',
    subject,
    finding: 'violation',
    discipline,
    ...extra,
  });
}

describe('discipline', () => {
  it('accepts the forms that fit each subject', () => {
    const dataset = buildDataset({
      inspections: [
        buildInspection({ finding: 'violation', discipline: 'dissolution' }),
        buildInspection({
          subjectType: 'member',
          subject: 'DV0001',
          finding: 'violation',
          discipline: 'expulsion',
        }),
      ],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });

  it('reports a form that does not apply to the subject', () => {
    const dataset = buildDataset({
      inspections: [
        buildInspection({ finding: 'violation', discipline: 'dismissal' }),
        buildInspection({
          subjectType: 'member',
          subject: 'DV0001',
          finding: 'violation',
          discipline: 'dissolution',
        }),
      ],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'error invalid-discipline-form @ inspections[0].discipline',
      'error invalid-discipline-form @ inspections[1].discipline',
    ]);
    expect(result.issues[0]?.message.vi).toContain('“Cách chức” không áp dụng cho tổ chức đảng');
  });

  it('warns about a discipline without a finding of violation', () => {
    const dataset = buildDataset({
      inspections: [buildInspection({ finding: 'pending', discipline: 'reprimand' })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'warning discipline-without-violation @ inspections[0].finding',
    ]);
  });

  it('flags a removed probationary member, a removal without a post and a late reprimand at once', () => {
    const dataset = buildDataset({
      members: [
        ...buildDataset().members,
        buildMember({ id: 'DV0005', admittedOn: '2025-06-01', officialOn: undefined }),
      ],
      inspections: [
        // DV0005 is probationary: expulsion is not one of the forms for them.
        // DV0002 holds no position; DV0001's reprimand comes 5 years and a day after the violation.
        memberCase('DV0005', 'expulsion'),
        memberCase('DV0002', 'dismissal'),
        memberCase('DV0001', 'reprimand', { violationOn: '2020-10-14' }),
      ],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'error probationary-discipline-form @ inspections[0].discipline',
      'warning dismissal-without-position @ inspections[1].discipline',
      'warning discipline-past-limitation @ inspections[2].date',
    ]);
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message.vi).toContain(
      'chỉ có thể bị kỷ luật khiển trách hoặc cảnh cáo',
    );
    expect(result.issues[0]?.message.en).toContain('only be given a reprimand or warning');
    expect(result.issues[2]?.params).toMatchObject({ years: 5, months: 60 });
    for (const issue of result.issues) {
      expect(issue.message.vi).toMatch(/\. Hãy /u);
      expect(issue.message.vi).not.toContain('Nguyễn');
    }
  });

  describe('probationary member (Điều lệ Đảng, Điều 35: only khiển trách, cảnh cáo)', () => {
    // Decision on 2025-10-15; the member was admitted on 2024-09-01.
    const withOfficial = (
      officialOn: string | undefined,
      discipline: 'dismissal' | 'warning' | 'reprimand' | 'expulsion',
    ) =>
      buildDataset({
        members: [
          ...buildDataset().members,
          buildMember({ id: 'DV0005', admittedOn: '2024-09-01', officialOn }),
        ],
        inspections: [memberCase('DV0005', discipline)],
      });
    const issues = (
      officialOn: string | undefined,
      discipline: 'dismissal' | 'warning' | 'reprimand' | 'expulsion',
    ) => briefs(validateDataset(withOfficial(officialOn, discipline)).issues);

    it('counts a member official the day before or the day of the decision as official', () => {
      expect(issues('2025-10-14', 'expulsion')).toEqual([]);
      expect(issues('2025-10-15', 'expulsion')).toEqual([]);
    });

    it('rejects expulsion when the official date is the day after the decision, or absent', () => {
      expect(issues('2025-10-16', 'expulsion')).toEqual([
        'error probationary-discipline-form @ inspections[0].discipline',
      ]);
      // Admitted 2024-09-01 and still probationary on 2026-03-01: also past the 12 months of probation.
      expect(issues(undefined, 'expulsion')).toEqual([
        'warning probation-overdue @ members[3].officialOn',
        'error probationary-discipline-form @ inspections[0].discipline',
      ]);
    });

    it('accepts a reprimand or a warning for a probationary member', () => {
      expect(issues('2025-10-16', 'reprimand')).toEqual([]);
      expect(issues('2025-10-16', 'warning')).toEqual([]);
    });
  });

  describe('removal from post (cách chức) needs a post on the decision date', () => {
    // DV0002 is removed on 2025-10-15.
    const removed = (positions: ReturnType<typeof buildPosition>[]) =>
      briefs(
        validateDataset(
          buildDataset({
            positions,
            inspections: [memberCase('DV0002', 'dismissal')],
          }),
        ).issues,
      );
    const warned = ['warning dismissal-without-position @ inspections[0].discipline'];
    const others = buildPosition();

    it('accepts a post held until the decision date, and one held from it', () => {
      expect(removed([others, buildPosition({ memberId: 'DV0002', until: '2025-10-15' })])).toEqual(
        [],
      );
      expect(removed([others, buildPosition({ memberId: 'DV0002', since: '2025-10-15' })])).toEqual(
        [],
      );
    });

    it('warns when the post ended the day before or starts the day after', () => {
      expect(removed([others, buildPosition({ memberId: 'DV0002', until: '2025-10-14' })])).toEqual(
        warned,
      );
      expect(removed([others, buildPosition({ memberId: 'DV0002', since: '2025-10-16' })])).toEqual(
        warned,
      );
      expect(removed([others])).toEqual(warned);
    });

    it('says nothing when the dataset has no positions at all (no chuc-vu file)', () => {
      expect(removed([])).toEqual([]);
    });
  });

  describe('statute of limitations (QĐ 69-QĐ/TW): 5 years for a reprimand, 10 for a warning or a removal', () => {
    const decided = (
      discipline: 'reprimand' | 'warning' | 'dismissal' | 'expulsion',
      violationOn: string | undefined,
      date: string,
    ) =>
      briefs(
        validateDataset(
          buildDataset({
            inspections: [
              memberCase('DV0001', discipline, {
                date,
                ...(violationOn === undefined ? {} : { violationOn }),
              }),
            ],
          }),
        ).issues,
      );
    const late = ['warning discipline-past-limitation @ inspections[0].date'];

    it('reprimand for a violation of 2020-03-15: in time up to 2025-03-15, late on 2025-03-16', () => {
      expect(decided('reprimand', '2020-03-15', '2025-03-14')).toEqual([]);
      expect(decided('reprimand', '2020-03-15', '2025-03-15')).toEqual([]);
      expect(decided('reprimand', '2020-03-15', '2025-03-16')).toEqual(late);
    });

    it('warning and removal for a violation of 2015-10-15: in time up to 2025-10-15, late on 2025-10-16', () => {
      for (const form of ['warning', 'dismissal'] as const) {
        expect(decided(form, '2015-10-15', '2025-10-14')).toEqual([]);
        expect(decided(form, '2015-10-15', '2025-10-15')).toEqual([]);
        expect(decided(form, '2015-10-15', '2025-10-16')).toEqual(late);
      }
    });

    it('has no limit for expulsion, and needs the violation date', () => {
      expect(decided('expulsion', '1990-01-01', '2025-10-16')).toEqual([]);
      expect(decided('reprimand', undefined, '2025-10-16')).toEqual([]);
    });
  });
});
