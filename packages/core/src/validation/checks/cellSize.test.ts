import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import {
  buildDataset,
  buildMember,
  buildMovement,
  buildOrganization,
} from '../../testing/builders';
import { validateDataset } from '../validateDataset';

describe('cell size', () => {
  it('warns about a cell with fewer than 3 official members', () => {
    const dataset = buildDataset({ members: buildDataset().members.slice(0, 2) });
    const result = validateDataset(dataset);
    expect(result.ok).toBe(true);
    expect(briefs(result.issues)).toEqual(['warning small-cell @ organizations[0].code']);
    expect(result.issues[0]?.params).toEqual({ count: 2 });
  });

  it('does not count probationary members, nor members official after the reference date', () => {
    const [a, b] = buildDataset().members;
    const dataset = buildDataset({
      members: [
        a as ReturnType<typeof buildMember>,
        b as ReturnType<typeof buildMember>,
        buildMember({ id: 'P1', admittedOn: '2025-06-01', officialOn: undefined }),
        buildMember({ id: 'P2', admittedOn: '2025-02-01', officialOn: '2026-02-01' }),
      ],
    });
    expect(briefs(validateDataset(dataset, { asOf: '2026-01-31' }).issues)).toEqual([
      'warning small-cell @ organizations[0].code',
    ]);
    expect(briefs(validateDataset(dataset, { asOf: '2026-02-01' }).issues)).toEqual([]);
  });

  it('reports an empty cell and leaves grassroots committees alone', () => {
    const dataset = buildDataset({
      organizations: [
        buildOrganization(),
        buildOrganization({ code: 'CB9' }),
        buildOrganization({ code: 'DB1', kind: 'grassroots-committee' }),
      ],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'warning small-cell @ organizations[1].code',
    ]);
  });
});

describe('cell size with history', () => {
  it('leaves out former members and cells that had ceased by the reference date', () => {
    const members = [
      buildMember({ id: 'A', org: 'CB01' }),
      buildMember({ id: 'B', org: 'CB01' }),
      buildMember({ id: 'C', org: 'CB01', leftOn: '2025-08-01' }),
    ];
    const dataset = buildDataset({
      organizations: [
        buildOrganization(),
        buildOrganization({ code: 'CB02', dissolvedOn: '2025-07-01' }),
      ],
      members,
      movements: [buildMovement({ memberId: 'C', type: 'transferred-out', date: '2025-08-01' })],
    });
    const small = validateDataset(dataset).issues.filter((issue) => issue.code === 'small-cell');
    expect(briefs(small)).toEqual(['warning small-cell @ organizations[0].code']);
  });
});
