import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { withShuffled } from '../../test/arbitraries';
import type { Position } from '../member/position';
import { buildDataset, buildInspection, buildPosition } from '../testing/builders';
import { DisciplineForms, Findings, InspectionModes, SubjectTypes } from './codes';
import type { Inspection } from './inspection';
import { InspectionStats, inspectionStats } from './inspectionStats';

const period = { from: '2025-07-01', asOf: '2026-03-01' };

const member = (overrides: Partial<Inspection>) =>
  buildInspection({ subjectType: 'member', subject: 'DV0001', ...overrides });

describe('inspectionStats', () => {
  const dataset = buildDataset({
    positions: [
      buildPosition({ memberId: 'DV0001', org: 'CB01' }),
      // Secretary only from 01/11/2025: not a secretary when inspected on 15/10/2025.
      buildPosition({ memberId: 'DV0002', org: 'CB02', since: '2025-11-01' }),
      // Secretary until 31/08/2025, that day included.
      buildPosition({ memberId: 'DV0003', org: 'CB03', since: '2020-01-01', until: '2025-08-31' }),
      // A deputy is not a secretary.
      buildPosition({ memberId: 'DV0004', role: 'deputy-secretary', org: 'CB01' }),
    ],
    inspections: [
      buildInspection({ date: '2025-07-01', subject: 'CB01' }), // on `from`: counted
      buildInspection({
        date: '2026-03-01', // on `asOf`: counted
        subject: 'CB02',
        finding: 'violation',
        discipline: 'reprimand',
      }),
      buildInspection({ date: '2025-06-30', subject: 'CB03' }), // a day before: not counted
      member({ date: '2026-03-02' }), // a day after: not counted
      member({ date: '2025-10-15', subject: 'DV0002', finding: 'pending' }),
      member({
        date: '2025-11-01',
        mode: 'inspection-on-signs',
        subject: 'DV0002',
        finding: 'violation',
        discipline: 'warning',
      }),
      member({ date: '2025-09-10', mode: 'regular-supervision', finding: 'pending' }),
      buildInspection({ date: '2025-12-01', subject: 'CB01' }), // CB01 again: one organisation
      member({ date: '2025-08-31', subject: 'DV0003' }),
      member({
        date: '2025-09-01',
        mode: 'thematic-supervision',
        subject: 'DV0003',
        finding: 'pending',
      }),
      buildInspection({
        date: '2025-09-05',
        subject: 'CB04',
        finding: 'violation',
        discipline: 'dissolution',
      }),
      member({ date: '2025-09-06', subject: 'DV0004' }),
    ],
  });

  it('counts by mode and subject, with secretaries on the inspection date', () => {
    const stats = inspectionStats(dataset, period);
    expect(stats.total).toBe(10);
    expect(stats.byMode).toEqual({
      inspection: { total: 7, organizations: 4, members: 3, secretaries: 1 },
      'inspection-on-signs': { total: 1, organizations: 0, members: 1, secretaries: 1 },
      'regular-supervision': { total: 1, organizations: 0, members: 1, secretaries: 1 },
      'thematic-supervision': { total: 1, organizations: 0, members: 1, secretaries: 0 },
    });
  });

  it('counts findings and disciplines by subject type and form', () => {
    const stats = inspectionStats(dataset, period);
    expect(stats.findings).toEqual({ 'no-violation': 4, violation: 3, pending: 3 });
    expect(stats.discipline).toEqual({
      organization: { reprimand: 1, warning: 0, dismissal: 0, expulsion: 0, dissolution: 1 },
      member: { reprimand: 0, warning: 1, dismissal: 0, expulsion: 0, dissolution: 0 },
    });
  });

  it('counts distinct organisations, members and secretaries inspected, not supervised', () => {
    // CB01 (twice), CB02, CB04; DV0002, DV0003, DV0004 (DV0001 only supervised);
    // DV0002 was secretary on 01/11/2025, DV0003 on 31/08/2025.
    expect(inspectionStats(dataset, period).inspected).toEqual({
      organizations: 3,
      members: 3,
      secretaries: 2,
    });
  });

  it('keeps every code in code-list order and matches its schema', () => {
    const stats = inspectionStats(dataset, period);
    expect(Object.keys(stats.byMode)).toEqual(InspectionModes.codes);
    expect(Object.keys(stats.findings)).toEqual(Findings.codes);
    expect(Object.keys(stats.discipline)).toEqual(SubjectTypes.codes);
    expect(Object.keys(stats.discipline.member)).toEqual(DisciplineForms.codes);
    expect(InspectionStats.parse(stats)).toEqual(stats);
    expect(stats.from).toBe('2025-07-01');
    expect(stats.asOf).toBe('2026-03-01');
  });

  it('gives zeros for no inspection, and for a period that ends before it starts', () => {
    const empty = inspectionStats(buildDataset({ inspections: [], positions: [] }), period);
    expect(empty.total).toBe(0);
    expect(empty.byMode['inspection-on-signs']).toEqual({
      total: 0,
      organizations: 0,
      members: 0,
      secretaries: 0,
    });
    expect(empty.inspected).toEqual({ organizations: 0, members: 0, secretaries: 0 });
    expect(inspectionStats(dataset, { from: '2026-03-01', asOf: '2025-07-01' }).total).toBe(0);
  });

  it('counts a one-day period on its day', () => {
    expect(inspectionStats(dataset, { from: '2025-11-01', asOf: '2025-11-01' }).byMode).toEqual(
      expect.objectContaining({
        'inspection-on-signs': { total: 1, organizations: 0, members: 1, secretaries: 1 },
      }),
    );
  });
});

const START = Date.UTC(2025, 0, 1);
const isoDay = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);
const dayArb = fc.integer({ min: 0, max: 730 }).map(isoDay);

const inspectionArb: fc.Arbitrary<Inspection> = fc
  .record({
    date: dayArb,
    mode: fc.constantFrom(...InspectionModes.codes),
    subjectType: fc.constantFrom(...SubjectTypes.codes),
    n: fc.integer({ min: 1, max: 5 }),
    finding: fc.constantFrom(...Findings.codes),
    discipline: fc.option(fc.constantFrom(...DisciplineForms.codes), { nil: undefined }),
  })
  .map(({ n, discipline, ...rest }) => ({
    ...rest,
    subject: rest.subjectType === 'organization' ? `CB0${n}` : `DV000${n}`,
    ...(discipline === undefined ? {} : { discipline }),
  }));

const positionArb: fc.Arbitrary<Position> = fc
  .record({
    n: fc.integer({ min: 1, max: 5 }),
    role: fc.constantFrom('secretary', 'deputy-secretary' as const),
    since: fc.option(dayArb, { nil: undefined }),
    until: fc.option(dayArb, { nil: undefined }),
  })
  .map(({ n, role, since, until }) => ({
    memberId: `DV000${n}`,
    role,
    ...(since === undefined ? {} : { since }),
    ...(until === undefined ? {} : { until }),
  }));

const permuted = <T>(arb: fc.Arbitrary<T>) => withShuffled(fc.array(arb, { maxLength: 40 }));

describe('inspectionStats properties', () => {
  test.prop([permuted(inspectionArb), permuted(positionArb), dayArb, dayArb])(
    'mode counts sum to the inspections in the window, and do not depend on record order',
    ([inspections, shuffled], [positions, shuffledPositions], a, b) => {
      const [from = a, asOf = b] = [a, b].sort();
      const window = { from, asOf };
      const stats = inspectionStats({ inspections, positions }, window);
      const inWindow = inspections.filter((i) => i.date >= window.from && i.date <= window.asOf);
      const modes = Object.values(stats.byMode);
      expect(modes.reduce((sum, m) => sum + m.total, 0)).toBe(inWindow.length);
      expect(stats.total).toBe(inWindow.length);
      for (const m of modes) {
        expect(m.organizations + m.members).toBe(m.total);
        expect(m.secretaries).toBeLessThanOrEqual(m.members);
      }
      expect(Object.values(stats.findings).reduce((sum, n) => sum + n, 0)).toBe(inWindow.length);
      expect(stats.inspected.secretaries).toBeLessThanOrEqual(stats.inspected.members);
      expect(
        inspectionStats({ inspections: shuffled, positions: shuffledPositions }, window),
      ).toEqual(stats);
    },
  );
});
