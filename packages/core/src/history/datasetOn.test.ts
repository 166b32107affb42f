import { describe, expect, it } from 'vitest';
import { buildDataset, buildMember, buildMovement, buildOrganization } from '../testing/builders';
import { datasetOn, memberOn, organizationExistsOn } from './datasetOn';

describe('organizationExistsOn', () => {
  const org = buildOrganization({ foundedOn: '2024-06-01', dissolvedOn: '2025-07-01' });
  it('exists from its founding day up to the day before it ceased', () => {
    expect(organizationExistsOn(org, '2024-05-31')).toBe(false);
    expect(organizationExistsOn(org, '2024-06-01')).toBe(true);
    expect(organizationExistsOn(org, '2025-06-30')).toBe(true);
    expect(organizationExistsOn(org, '2025-07-01')).toBe(false);
    expect(organizationExistsOn(buildOrganization(), '1900-01-01')).toBe(true);
  });
});

describe('memberOn', () => {
  it('gives back the same object when nothing differs on that date', () => {
    const member = buildMember();
    expect(memberOn(member, undefined, '2026-03-01')).toBe(member);
  });

  it('takes a former member off from their leaving day, with no leftOn kept', () => {
    const former = buildMember({ id: 'F', leftOn: '2026-01-08' });
    expect(memberOn(former, undefined, '2026-01-08')).toBeUndefined();
    const before = memberOn(former, undefined, '2026-01-07');
    expect(before?.id).toBe('F');
    expect(before).not.toHaveProperty('leftOn');
  });

  it('resolves a dated exemption to yes or no', () => {
    const member = buildMember({ exempt: '2025-04-01' });
    expect(memberOn(member, undefined, '2025-03-31')?.exempt).toBe(false);
    expect(memberOn(member, undefined, '2025-04-01')?.exempt).toBe(true);
  });
});

describe('datasetOn', () => {
  const dataset = buildDataset({
    organizations: [
      buildOrganization({ code: 'CB01' }),
      buildOrganization({ code: 'CB02', dissolvedOn: '2025-07-01', mergedInto: 'CB01' }),
    ],
    members: [
      buildMember({ id: 'A', org: 'CB01' }),
      buildMember({ id: 'B', org: 'CB01' }),
      buildMember({ id: 'C', org: 'CB01', leftOn: '2025-03-01' }),
      buildMember({ id: 'D', org: 'CB01', admittedOn: '2025-09-02' }),
    ],
    movements: [
      buildMovement({
        memberId: 'B',
        type: 'internal-transfer',
        date: '2025-07-01',
        fromOrg: 'CB02',
        org: 'CB01',
      }),
      buildMovement({ memberId: 'C', type: 'transferred-out', date: '2025-03-01', org: 'CB01' }),
      buildMovement({ memberId: 'D', type: 'admitted', date: '2025-09-02', org: 'CB01' }),
    ],
  });

  it('holds the members and organisations of each date, each member in their organisation then', () => {
    const early = datasetOn(dataset, '2025-01-01');
    expect(early.organizations.map((o) => o.code)).toEqual(['CB01', 'CB02']);
    expect(early.members.map((m) => `${m.id}:${m.org}`)).toEqual(['A:CB01', 'B:CB02', 'C:CB01']);
    const mid = datasetOn(dataset, '2025-07-01');
    expect(mid.organizations.map((o) => o.code)).toEqual(['CB01']);
    expect(mid.members.map((m) => `${m.id}:${m.org}`)).toEqual(['A:CB01', 'B:CB01']);
    const late = datasetOn(dataset, '2026-03-01');
    expect(late.members.map((m) => m.id)).toEqual(['A', 'B', 'D']);
  });

  it('keeps the other records whole', () => {
    const then = datasetOn(dataset, '2025-01-01');
    expect(then.movements).toBe(dataset.movements);
    expect(then.positions).toBe(dataset.positions);
  });
});
