import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { buildMember } from '../testing/builders';
import { badgesDue, nextPartyBadge, partyBadgeFor } from './partyBadge';

describe('party badges', () => {
  it('awards a badge on the first occasion on or after the milestone', () => {
    const member = { id: 'A', org: 'CB1', admittedOn: '1996-02-03' };
    expect(partyBadgeFor(member, 30)).toMatchObject({
      reachedOn: '2026-02-03',
      awardOn: '2026-02-03',
    });
    expect(partyBadgeFor({ ...member, admittedOn: '1996-02-04' }, 30).awardOn).toBe('2026-05-19');
    expect(partyBadgeFor({ ...member, admittedOn: '1996-11-08' }, 30).awardOn).toBe('2027-02-03');
  });

  it('moves the milestone by the recorded gap months', () => {
    expect(
      partyBadgeFor({ id: 'A', org: 'CB1', admittedOn: '1996-02-03', partyAgeGapMonths: 4 }, 30)
        .reachedOn,
    ).toBe('2026-06-03');
  });

  it('finds the next badge: 30, 40, 45 … 90 years', () => {
    const member = { id: 'A', org: 'CB1', admittedOn: '1986-05-19' };
    expect(nextPartyBadge(member, '2026-03-01')).toMatchObject({
      milestone: 40,
      awardOn: '2026-05-19',
    });
    expect(nextPartyBadge(member, '2026-05-20')).toMatchObject({
      milestone: 45,
      awardOn: '2031-05-19',
    });
    expect(nextPartyBadge({ ...member, admittedOn: '1930-01-01' }, '2026-03-01')).toBeUndefined();
  });

  it('lists the badges due in a window, by award date', () => {
    const members = [
      buildMember({ id: 'B', admittedOn: '1986-09-02' }),
      buildMember({ id: 'A', admittedOn: '1996-02-03' }),
      buildMember({ id: 'C', admittedOn: '2000-01-01' }),
    ];
    expect(
      badgesDue(members, '2026-01-01', '2026-12-31').map((b) => [
        b.memberId,
        b.milestone,
        b.awardOn,
      ]),
    ).toEqual([
      ['A', 30, '2026-02-03'],
      ['B', 40, '2026-09-02'],
    ]);
  });
});

describe('badgesDue on a day the milestone month lacks', () => {
  it('reaches a badge of a 29 February admission on 28 February of a common year', () => {
    const members = [
      buildMember({ id: 'A', admittedOn: '1996-02-29' }),
      buildMember({ id: 'B', admittedOn: '1996-01-31', partyAgeGapMonths: 1 }),
    ];
    // 1996-02-29 + 30 years and 1996-01-31 + 30 years 1 month: February 2026
    // has 28 days, so both reach 30 years on 2026-02-28, awarded on 19/5.
    expect(badgesDue(members, '2026-01-01', '2026-12-31')).toEqual([
      { memberId: 'A', org: 'CB01', milestone: 30, reachedOn: '2026-02-28', awardOn: '2026-05-19' },
      { memberId: 'B', org: 'CB01', milestone: 30, reachedOn: '2026-02-28', awardOn: '2026-05-19' },
    ]);
  });
});

describe('badgesDue pre-filter', () => {
  test.prop([
    fc.array(
      fc.record({
        year: fc.integer({ min: 1930, max: 2020 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 28 }),
        gap: fc.integer({ min: 0, max: 40 }),
      }),
      { maxLength: 30 },
    ),
    fc.integer({ min: 2020, max: 2040 }),
    fc.integer({ min: 0, max: 30 }),
  ])('finds exactly what checking every milestone finds', (rows, fromYear, spanMonths) => {
    const members = rows.map((r, i) =>
      buildMember({
        id: `m${i}`,
        admittedOn: `${r.year}-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`,
        partyAgeGapMonths: r.gap,
      }),
    );
    const from = `${fromYear}-03-15`;
    const toYear = fromYear + Math.floor(spanMonths / 12);
    const to = `${toYear}-${String((spanMonths % 12) + 1).padStart(2, '0')}-10`;
    const naive = members
      .flatMap((m) =>
        [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90].map((y) => partyBadgeFor(m, y)),
      )
      .filter((b) => b.awardOn >= from && b.awardOn <= to);
    expect(badgesDue(members, from, to)).toEqual(
      naive.sort(
        (a, b) =>
          a.awardOn.localeCompare(b.awardOn) ||
          a.milestone - b.milestone ||
          a.memberId.localeCompare(b.memberId),
      ),
    );
  });
});
