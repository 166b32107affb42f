import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import {
  buildAdmissionTarget,
  buildDataset,
  buildOrganization,
  buildTrainingAttendance,
} from '../../testing/builders';
import { validateDataset } from '../validateDataset';

describe('date order', () => {
  it('reports a course or target period that ends before it starts', () => {
    const dataset = buildDataset({
      training: [buildTrainingAttendance({ from: '2025-10-10', to: '2025-09-08' })],
      admissionTargets: [buildAdmissionTarget({ from: '2026-01-01', to: '2025-12-31' })],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'error date-order @ training[0].to',
      'error date-order @ admissionTargets[0].to',
    ]);
    expect(result.issues[0]?.message.vi).toContain('“Từ ngày”');
  });

  it('reports a last congress before the organisation was founded, and accepts one on that day', () => {
    const dataset = buildDataset({
      organizations: [
        buildOrganization({ foundedOn: '2025-06-27', congressOn: '2025-06-26' }),
        buildOrganization({ code: 'CB02', foundedOn: '2025-06-27', congressOn: '2025-06-27' }),
        buildOrganization({ code: 'CB03', congressOn: '2020-01-01' }),
      ],
    });
    const result = validateDataset(dataset);
    // CB02 and CB03 have no members: only the order of dates matters here.
    expect(briefs(result.issues.filter((issue) => issue.code === 'date-order'))).toEqual([
      'error date-order @ organizations[0].congressOn',
    ]);
    const order = result.issues.find((issue) => issue.code === 'date-order');
    expect(order?.message.vi).toContain('“Ngày thành lập”');
  });

  it('accepts a one-day course and an open-ended one', () => {
    const dataset = buildDataset({
      training: [
        buildTrainingAttendance({ from: '2025-10-10', to: '2025-10-10' }),
        buildTrainingAttendance({ courseId: 'L2', to: undefined }),
      ],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });
});
