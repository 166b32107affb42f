import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import {
  buildAdmissionTarget,
  buildClassification,
  buildDataset,
  buildInspection,
  buildMember,
  buildMovement,
  buildPlanningEntry,
  buildPosition,
  buildTrainingAttendance,
} from '../../testing/builders';
import { validateDataset } from '../validateDataset';

describe('references', () => {
  it('reports a member attending an unknown organisation', () => {
    const base = buildDataset();
    const dataset = buildDataset({
      members: [...base.members, buildMember({ id: 'X', org: 'ZZ' })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'error unknown-organization @ members[3].org',
    ]);
  });

  it('reports unknown organisations and members in every record kind', () => {
    const dataset = buildDataset({
      positions: [buildPosition({ memberId: 'NOBODY', org: 'ZZ' })],
      inspections: [
        buildInspection({ subject: 'ZZ' }),
        buildInspection({ subjectType: 'member', subject: 'NOBODY' }),
      ],
      training: [buildTrainingAttendance({ memberId: 'NOBODY' })],
      planning: [buildPlanningEntry({ memberId: 'NOBODY' })],
      classifications: [
        buildClassification({ subjectType: 'organization', subject: 'ZZ' }),
        buildClassification({ subject: 'NOBODY' }),
      ],
      admissionTargets: [buildAdmissionTarget({ org: 'ZZ' })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'error unknown-member @ positions[0].memberId',
      'error unknown-organization @ positions[0].org',
      'error unknown-organization @ inspections[0].subject',
      'error unknown-member @ inspections[1].subject',
      'error unknown-member @ training[0].memberId',
      'error unknown-member @ planning[0].memberId',
      'error unknown-organization @ classifications[0].subject',
      'error unknown-member @ classifications[1].subject',
      'error unknown-organization @ admissionTargets[0].org',
    ]);
  });

  it('knows members who left through their movements, for past records only', () => {
    const dataset = buildDataset({
      movements: [buildMovement({ memberId: 'GONE', type: 'deceased', date: '2025-12-01' })],
      inspections: [
        buildInspection({ subjectType: 'member', subject: 'GONE', date: '2025-10-01' }),
      ],
      training: [buildTrainingAttendance({ memberId: 'GONE' })],
      classifications: [buildClassification({ subject: 'GONE' })],
      positions: [buildPosition({ memberId: 'GONE' })],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual(['error unknown-member @ positions[0].memberId']);
    expect(result.issues[0]?.message.vi).toContain('danh sách đảng viên (tệp dang-vien)');
  });

  it('accepts a planning candidate off the roster with name, birth date and gender', () => {
    const dataset = buildDataset({
      planning: [
        buildPlanningEntry({
          memberId: undefined,
          fullName: 'Vũ Văn Hùng',
          birthDate: '1985-02-14',
          gender: 'male',
        }),
        buildPlanningEntry({
          memberId: 'EXT1',
          fullName: 'Đỗ Thị Lan',
          birthDate: '1988-07-01',
          gender: 'female',
        }),
      ],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });

  it('asks for the missing details of a candidate off the roster', () => {
    const dataset = buildDataset({
      planning: [buildPlanningEntry({ memberId: undefined, fullName: 'Vũ Văn Hùng' })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'error required @ planning[0].birthDate',
      'error required @ planning[0].gender',
    ]);
  });

  it('warns about a movement naming an unknown organisation', () => {
    const dataset = buildDataset({
      movements: [buildMovement({ memberId: 'X', type: 'transferred-out', org: 'OLD' })],
    });
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    expect(briefs(result.issues)).toEqual([
      'warning movement-unknown-organization @ movements[0].org',
    ]);
  });
});
