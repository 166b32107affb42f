import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../common/workingDays';
import { buildMember } from '../testing/builders';
import { dueForRecognition, probation } from './probation';

describe('probation', () => {
  it('ends 12 months after admission, with 30 working days to decide', () => {
    const status = probation({ id: 'A', org: 'CB1', admittedOn: '2025-09-02' }, '2026-03-01');
    expect(status).toEqual({
      memberId: 'A',
      org: 'CB1',
      endsOn: '2026-09-02',
      recognitionDueBy: '2026-10-14',
      overdue: false,
    });
  });

  it('is overdue the day after the deadline without an official date', () => {
    const member = { id: 'A', org: 'CB1', admittedOn: '2025-09-02' };
    expect(probation(member, '2026-10-14').overdue).toBe(false);
    expect(probation(member, '2026-10-15').overdue).toBe(true);
    expect(probation({ ...member, officialOn: '2026-09-02' }, '2026-10-15').overdue).toBe(false);
  });

  it('lists probationary members whose probation ends by the given day', () => {
    const members = [
      buildMember({ id: 'late', admittedOn: '2025-06-30', officialOn: undefined }),
      buildMember({ id: 'early', admittedOn: '2025-03-01', officialOn: undefined }),
      buildMember({ id: 'later', admittedOn: '2025-07-01', officialOn: undefined }),
      buildMember({ id: 'official' }),
    ];
    expect(dueForRecognition(members, '2026-03-01', '2026-06-30').map((p) => p.memberId)).toEqual([
      'early',
      'late',
    ]);
    expect(dueForRecognition(members, '2026-03-01').map((p) => p.memberId)).toEqual(['early']);
  });
});

describe('addWorkingDays', () => {
  it('skips Saturdays and Sundays', () => {
    expect(addWorkingDays({ year: 2026, month: 3, day: 6 }, 1)).toEqual({
      year: 2026,
      month: 3,
      day: 9,
    });
    expect(addWorkingDays({ year: 2026, month: 3, day: 2 }, 5)).toEqual({
      year: 2026,
      month: 3,
      day: 9,
    });
    expect(addWorkingDays({ year: 2026, month: 3, day: 2 }, 0)).toEqual({
      year: 2026,
      month: 3,
      day: 2,
    });
  });
});
