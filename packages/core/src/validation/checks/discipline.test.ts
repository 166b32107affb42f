import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import { buildDataset, buildInspection } from '../../testing/builders';
import { validateDataset } from '../validateDataset';

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
});
