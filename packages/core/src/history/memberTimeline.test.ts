import { describe, expect, it } from 'vitest';
import { buildMember, buildMovement } from '../testing/builders';
import { belongsOn, exemptOn, memberTimeline, organizationOn } from './memberTimeline';

const member = buildMember({ id: 'A', admittedOn: '2010-05-19', org: 'CB01' });

describe('memberTimeline', () => {
  it('starts at the admission date when nothing joins before the first leaving', () => {
    const timeline = memberTimeline(member, [
      buildMovement({ memberId: 'A', type: 'deceased', date: '2026-01-08' }),
    ]);
    expect(timeline.intervals).toEqual([{ start: '2010-05-19', end: '2026-01-08' }]);
    expect(belongsOn(timeline, '2026-01-07')).toBe(true);
    // A member who left on a day does not belong on that day.
    expect(belongsOn(timeline, '2026-01-08')).toBe(false);
    expect(belongsOn(timeline, '2010-05-18')).toBe(false);
    expect(belongsOn(timeline, '2010-05-19')).toBe(true);
  });

  it('starts at a transfer in, and counts a member who left and came back in both stretches', () => {
    const timeline = memberTimeline(member, [
      // Given out of order: the timeline sorts by date.
      buildMovement({ memberId: 'A', type: 'transferred-in', date: '2025-02-10' }),
      buildMovement({ memberId: 'A', type: 'transferred-out', date: '2024-05-15' }),
      buildMovement({ memberId: 'A', type: 'transferred-in', date: '2020-03-01' }),
      buildMovement({ memberId: 'B', type: 'deceased', date: '2024-01-01' }),
    ]);
    expect(timeline.intervals).toEqual([
      { start: '2020-03-01', end: '2024-05-15' },
      { start: '2025-02-10' },
    ]);
    expect(belongsOn(timeline, '2019-12-31')).toBe(false);
    expect(belongsOn(timeline, '2024-12-31')).toBe(false);
    expect(belongsOn(timeline, '2025-02-10')).toBe(true);
  });

  it('ends an open stretch on leftOn when the leaving movement is missing', () => {
    const former = { ...member, leftOn: '2025-06-30' };
    expect(memberTimeline(former, []).intervals).toEqual([
      { start: '2010-05-19', end: '2025-06-30' },
    ]);
  });
});

describe('organizationOn', () => {
  const transfers = [
    buildMovement({
      memberId: 'A',
      type: 'internal-transfer',
      date: '2025-07-01',
      fromOrg: 'CB02',
      org: 'CB01',
    }),
    buildMovement({
      memberId: 'A',
      type: 'internal-transfer',
      date: '2024-06-01',
      fromOrg: 'CB03',
      org: 'CB02',
    }),
  ];
  const timeline = memberTimeline(member, transfers);

  it('is the origin of the first transfer before it, then each destination from its date', () => {
    expect(organizationOn(member, timeline, '2024-05-31')).toBe('CB03');
    expect(organizationOn(member, timeline, '2024-06-01')).toBe('CB02');
    expect(organizationOn(member, timeline, '2025-06-30')).toBe('CB02');
    expect(organizationOn(member, timeline, '2025-07-01')).toBe('CB01');
  });

  it('is the roster’s organisation without transfers, or before a transfer without its origin', () => {
    expect(organizationOn(member, memberTimeline(member, []), '2020-01-01')).toBe('CB01');
    const bare = memberTimeline(member, [
      buildMovement({ memberId: 'A', type: 'internal-transfer', date: '2025-07-01', org: 'CB09' }),
    ]);
    expect(organizationOn(member, bare, '2025-06-30')).toBe('CB01');
  });
});

describe('exemptOn', () => {
  it('reads yes/no as it is, and a date as from that day on', () => {
    expect(exemptOn({ ...member, exempt: true }, '2000-01-01')).toBe(true);
    expect(exemptOn({ ...member, exempt: false }, '2030-01-01')).toBe(false);
    expect(exemptOn({ ...member, exempt: '2025-04-01' }, '2025-03-31')).toBe(false);
    expect(exemptOn({ ...member, exempt: '2025-04-01' }, '2025-04-01')).toBe(true);
  });
});
