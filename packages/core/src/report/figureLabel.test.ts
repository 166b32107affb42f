import { describe, expect, it } from 'vitest';
import { WINDOW } from '../../test/reportStats';
import { computeStats } from '../stats/computeStats';
import {
  buildDataset,
  buildInspection,
  buildMember,
  buildMovement,
  buildPosition,
} from '../testing/builders';
import { figureLabel, figureLabelIn } from './figureLabel';

/** Every leaf path of a value: `a.b.0.c`. */
function leafPaths(value: unknown, path: string[] = []): string[] {
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...path, key]));
  return [path.join('.')];
}

// A ward with records of every kind, so every family of figures has leaves.
const stats = computeStats(
  buildDataset({
    members: [
      ...buildDataset().members,
      buildMember({
        id: 'DV0009',
        fullName: 'Thêm',
        admittedOn: '2025-09-02',
        officialOn: undefined,
      }),
    ],
    movements: [buildMovement({ memberId: 'DV0009', date: '2025-09-02', type: 'admitted' })],
    positions: [buildPosition()],
    inspections: [buildInspection()],
  }),
  WINDOW,
);
const paths = leafPaths(stats);
/** The ward's own keys (organisation codes), which a label keeps as they are. */
const own = new Set(Object.keys(stats.organizations.membersByOrganization));

describe('figureLabel', () => {
  it('labels every leaf path of real stats, with no key or code of the path left in the Vietnamese', () => {
    expect(paths.length).toBeGreaterThan(300);
    for (const path of paths) {
      const label = figureLabel(path);
      expect(label, path).toBeDefined();
      const vi = label?.vi ?? '';
      for (const segment of path.split('.')) {
        if (own.has(segment) || /^\d+$/u.test(segment)) continue;
        // Whole words only: `Nam` may stand in a label, `male` may not.
        expect(
          new RegExp(`(^|[^\\p{L}-])${segment}($|[^\\p{L}-])`, 'u').test(vi),
          `${path}: ${vi}`,
        ).toBe(false);
      }
      expect(vi, path).not.toMatch(/[a-z][A-Z]|\b[a-z]+-[a-z]+\b/u);
      expect(label?.en, path).not.toBe('');
    }
  });

  it('names codes by their labels and lists by rank', () => {
    expect(figureLabel('organizations.structure.residential.members')?.vi).toBe(
      'Tổ chức đảng › Cơ cấu theo loại hình › Tổ dân phố › Đảng viên',
    );
    expect(figureLabel('organizations.byKind.grassroots-committee')?.vi).toBe(
      'Tổ chức đảng › Theo loại tổ chức › Đảng bộ cơ sở',
    );
    expect(figureLabel('classification.distribution.years.0.year')?.vi).toBe(
      'Xếp loại chất lượng › Kết quả xếp loại › Năm › mục thứ 1 › Năm xếp loại',
    );
    expect(figureLabel('members.professional.university+college')?.en).toBe(
      'Members › Professional level › University and College',
    );
  });

  it('gives undefined for a key the stats do not have, and words it in one language', () => {
    expect(figureLabel('members.nope')).toBeUndefined();
    expect(figureLabelIn('members.nope', 'vi')).toBe('số liệu “members.nope”');
  });
});
