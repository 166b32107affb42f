import { describe, expect, it } from 'vitest';
import { briefs } from '../../../test/helpers';
import { buildDataset, buildMember, buildOrganization } from '../../testing/builders';
import { validateDataset } from '../validateDataset';

const members = (org: string, prefix: string) =>
  [1, 2, 3].map((n) => buildMember({ id: `${prefix}${n}`, org }));

describe('organisation tree', () => {
  it('accepts subordinate cells under a grassroots committee and directly under the ward', () => {
    const dataset = buildDataset({
      organizations: [
        buildOrganization(),
        buildOrganization({
          code: 'DB1',
          kind: 'grassroots-committee',
          category: 'public-service',
        }),
        buildOrganization({ code: 'CB2', parent: 'DB1', category: 'public-service' }),
      ],
      members: [...buildDataset().members, ...members('CB2', 'B')],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([]);
  });

  it('reports a parent that does not exist', () => {
    const dataset = buildDataset({
      organizations: [buildOrganization({ parent: 'DB9' })],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual(['error unknown-organization @ organizations[0].parent']);
    expect(result.issues[0]?.value).toBe('DB9');
  });

  it('reports a parent that is not a grassroots committee', () => {
    const dataset = buildDataset({
      organizations: [
        buildOrganization(),
        buildOrganization({ code: 'CB2', kind: 'grassroots-cell' }),
        buildOrganization({ code: 'CB3', parent: 'CB2' }),
      ],
      members: [...buildDataset().members, ...members('CB2', 'B'), ...members('CB3', 'C')],
    });
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'error invalid-parent @ organizations[2].parent',
    ]);
  });

  it('reports a committee or grassroots cell placed under a committee', () => {
    const dataset = buildDataset({
      organizations: [
        buildOrganization(),
        buildOrganization({ code: 'DB1', kind: 'grassroots-committee' }),
        buildOrganization({ code: 'DB2', kind: 'grassroots-committee', parent: 'DB1' }),
        buildOrganization({ code: 'CB4', kind: 'grassroots-cell', parent: 'DB1' }),
      ],
      members: [...buildDataset().members, ...members('CB4', 'D')],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'error nested-committee @ organizations[2].kind',
      'error nested-committee @ organizations[3].kind',
    ]);
    expect(result.issues[0]?.message.vi).toContain('đảng bộ cơ sở không thể trực thuộc');
  });
});
