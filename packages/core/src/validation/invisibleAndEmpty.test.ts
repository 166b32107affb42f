import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { briefs } from '../../test/helpers';
import { hasInvisible, hasVisible, stripInvisible } from '../common/text';
import { buildDataset, buildMember } from '../testing/builders';
import { validateDataset } from './validateDataset';

const INVISIBLES = [
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u2060',
  '\u2064',
  '\uFEFF',
  '\u00AD',
  '\u0000',
  '\u0007',
];

describe('invisible characters', () => {
  it('strips them from ids, so DV001 + zero-width space is a duplicate of DV001', () => {
    const dataset = buildDataset();
    const first = dataset.members[0];
    const copy = { ...first, id: `${first?.id}\u200B` };
    const result = validateDataset({ ...dataset, members: [...dataset.members, copy] });
    const last = dataset.members.length;
    expect(briefs(result.issues)).toContain(`notice invisible-characters @ members[${last}].id`);
    expect(briefs(result.issues)).toContain(`error duplicate-id @ members[${last}].id`);
    expect(result.ok).toBe(false);
    const dup = result.issues.find((issue) => issue.code === 'duplicate-id');
    expect(dup?.message.vi).toContain('trùng với bản ghi số 1');
    expect(dup?.params).toMatchObject({ relatedRecord: 1 });
  });

  it('strips them from references, so a member still finds its organisation', () => {
    const dataset = buildDataset();
    const members = dataset.members.map((m, i) => (i === 0 ? { ...m, org: `\uFEFF${m.org}` } : m));
    const result = validateDataset({ ...dataset, members });
    expect(briefs(result.issues)).toEqual(['notice invisible-characters @ members[0].org']);
    expect(result.ok).toBe(true);
    expect(result.data.members[0]?.org).toBe(dataset.members[0]?.org);
  });

  it('makes a required text with no visible character missing', () => {
    const dataset = buildDataset();
    for (const blank of ['\u200B\u200B', '\u00A0\u200D', '\uFEFF \u2060']) {
      const members = dataset.members.map((m, i) => (i === 0 ? { ...m, fullName: blank } : m));
      const result = validateDataset({ ...dataset, members });
      expect(briefs(result.issues)).toEqual(['error required @ members[0].fullName']);
    }
  });

  it('property: ids differing only by invisible characters always collide', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...INVISIBLES), { minLength: 1, maxLength: 4 }),
        fc.nat({ max: 5 }),
        (marks, at) => {
          const member = buildMember({ id: 'DV001' });
          const id = `${'DV001'.slice(0, at)}${marks.join('')}${'DV001'.slice(at)}`;
          expect(hasInvisible(id)).toBe(true);
          expect(stripInvisible(id)).toBe('DV001');
          expect(hasVisible(marks.join(''))).toBe(false);
          const dataset = buildDataset({ members: [member, { ...member, id }] });
          const codes = validateDataset(dataset).issues.map((issue) => issue.code);
          expect(codes).toContain('duplicate-id');
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('empty datasets', () => {
  it('reports no organisation and no member as errors', () => {
    const result = validateDataset({ organizations: [], members: [] });
    expect(result.ok).toBe(false);
    expect(briefs(result.issues)).toEqual([
      'error empty-collection @ organizations',
      'error empty-collection @ members',
    ]);
    expect(result.issues[1]?.message.vi).toContain('“Đảng viên” không có dòng dữ liệu nào');
    expect(result.issues[1]?.message.en).toContain('“Members” has no data row');
  });

  it('reports a missing collection once, as required, not as empty', () => {
    const { members: _none, ...noMembers } = buildDataset();
    const found = briefs(validateDataset(noMembers).issues);
    expect(found).toContain('error required @ dataset.members');
    expect(found.filter((b) => b.includes('empty-collection'))).toEqual([]);
  });
});
