import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import {
  buildAdmissionTarget,
  buildClassification,
  buildDataset,
  buildMember,
  buildMovement,
  buildOrganization,
  buildPlanningEntry,
  buildPosition,
  buildTrainingAttendance,
} from '../../testing/builders';
import { validateDataset } from '../validateDataset';

describe('duplicates', () => {
  it('reports a repeated organisation code on the later row, pointing at the first', () => {
    const dataset = buildDataset({
      organizations: [buildOrganization(), buildOrganization({ name: 'Chi bộ khác' })],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual(['error duplicate-id @ organizations[1].code']);
    const issue = result.issues.find((i) => i.code === 'duplicate-id');
    expect(issue?.related).toEqual({ kind: 'organizations', index: 0, field: 'code' });
    expect(issue?.value).toBe('CB01');
  });

  it('points every later copy of a code or id at the first copy, not at the previous one', () => {
    const base = buildDataset();
    const dataset = buildDataset({
      organizations: [
        buildOrganization(),
        buildOrganization({ code: 'CB02', name: 'Chi bộ 2' }),
        buildOrganization({ name: 'Chi bộ khác' }),
        buildOrganization({ name: 'Chi bộ thứ ba' }),
      ],
      members: [
        ...base.members,
        buildMember({ fullName: 'Người thứ hai' }),
        buildMember({ fullName: 'Người thứ ba' }),
      ],
    });
    const duplicates = validateDataset(dataset)
      .issues.filter((i) => i.code === 'duplicate-id')
      .map((i) => [i.location, i.related]);
    expect(duplicates).toEqual([
      [
        { kind: 'organizations', index: 2, field: 'code' },
        { kind: 'organizations', index: 0, field: 'code' },
      ],
      [
        { kind: 'organizations', index: 3, field: 'code' },
        { kind: 'organizations', index: 0, field: 'code' },
      ],
      [
        { kind: 'members', index: 3, field: 'id' },
        { kind: 'members', index: 0, field: 'id' },
      ],
      [
        { kind: 'members', index: 4, field: 'id' },
        { kind: 'members', index: 0, field: 'id' },
      ],
    ]);
  });

  it('reports a repeated member id', () => {
    const base = buildDataset();
    const dataset = buildDataset({
      members: [...base.members, buildMember({ fullName: 'Người khác' })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual(['error duplicate-id @ members[3].id']);
  });

  it('compares ids after NFC normalisation, so NFD and NFC spellings collide', () => {
    const base = buildDataset();
    const dataset = buildDataset({
      members: [...base.members, buildMember({ id: 'DV0001'.normalize('NFD') })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual(['error duplicate-id @ members[3].id']);
  });

  it('reports repeated records of every other kind', () => {
    const base = buildDataset();
    const dataset = buildDataset({
      movements: [...base.movements, ...base.movements],
      positions: [buildPosition(), buildPosition()],
      training: [buildTrainingAttendance(), buildTrainingAttendance({ result: 'not-completed' })],
      planning: [buildPlanningEntry(), buildPlanningEntry()],
      classifications: [buildClassification(), buildClassification({ rating: 'excellent' })],
      admissionTargets: [buildAdmissionTarget(), buildAdmissionTarget({ admissionTarget: 3 })],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'error duplicate-record @ movements[1]',
      'error duplicate-record @ positions[1]',
      'error duplicate-record @ training[1]',
      'error duplicate-record @ planning[1]',
      'error duplicate-record @ classifications[1]',
      'error duplicate-record @ admissionTargets[1]',
    ]);
    expect(result.issues[3]?.message.vi).toContain('Nhiệm kỳ, Chức danh, Mã đảng viên');
  });

  it('accepts the same member in different courses, posts and years', () => {
    const dataset = buildDataset({
      movements: [
        buildMovement({ memberId: 'X', type: 'transferred-out' }),
        buildMovement({ memberId: 'X', type: 'transferred-in', date: '2025-01-01' }),
      ],
      training: [buildTrainingAttendance(), buildTrainingAttendance({ courseId: 'L02' })],
      planning: [buildPlanningEntry(), buildPlanningEntry({ position: 'Phó bí thư chi bộ' })],
      classifications: [buildClassification(), buildClassification({ year: 2024 })],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });
});
