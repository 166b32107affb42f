import { describe, expect, it } from 'vitest';
import { buildDataset, buildMember } from '../testing/builders';
import { validateDataset } from './validateDataset';

describe('validateDataset', () => {
  it('accepts the builders dataset with no issue at all', () => {
    const result = validateDataset(buildDataset());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });
  it('smoke', () => {
    const ds = buildDataset({
      members: [
        buildMember({ birthDate: '1964', officialOn: undefined, admittedOn: '2024-01-01' }),
      ],
    });
    const result = validateDataset(ds);
    expect(result.issues.map((i) => i.code)).toMatchInlineSnapshot(`
      [
        "small-cell",
        "bare-year",
        "probation-overdue",
      ]
    `);
  });
});
