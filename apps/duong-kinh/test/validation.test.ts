import { validateDataset } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { CSV_DIR, dataset, imported, stats, WINDOW, XLSX_PATH } from './dataset';

describe('the sample dataset is valid', () => {
  it.each([
    ['CSV folder', CSV_DIR],
    ['workbook', XLSX_PATH],
  ])('imports from the %s with no error and no warning', async (_, path) => {
    const result = await imported(path);
    expect(result.ok).toBe(true);
    expect(result.issues.filter((issue) => issue.severity !== 'notice')).toEqual([]);
    expect(result.data.members).toHaveLength(1239);
  });

  it('passes validateDataset with no error and no warning on the reference date', async () => {
    const result = validateDataset(await dataset(), { asOf: WINDOW.asOf });
    expect(result.ok).toBe(true);
    expect(result.issues.filter((issue) => issue.severity !== 'notice')).toEqual([]);
  });
});

describe('what the seed report says beyond its printed figures', () => {
  it('names the ward, its committee, its superior body, area and population', async () => {
    expect((await dataset()).ward).toEqual({
      name: 'Đảng bộ phường Dương Kinh',
      committee: 'Đảng ủy phường Dương Kinh',
      superior: 'Đảng bộ thành phố Hải Phòng',
      place: 'Dương Kinh',
      areaKm2: 27.94,
      population: 27_339,
    });
  });

  it('registers every direct organisation on the electronic handbook', async () => {
    const { organizations } = await stats();
    expect(organizations.eHandbookRegistered).toBe(organizations.direct);
    expect(organizations.smallCells.count).toBe(0);
  });

  it('has two non-state cells founded after the two-level government began', async () => {
    const founded = (await dataset()).organizations.filter(
      (org) => org.foundedOn !== undefined && org.foundedOn > WINDOW.from,
    );
    expect(founded.map((org) => [org.code, org.kind, org.category, org.foundedOn])).toEqual([
      ['NN10', 'subordinate-cell', 'non-state', '2025-09-18'],
      ['NN11', 'subordinate-cell', 'non-state', '2025-12-05'],
    ]);
  });

  it('has every residential group head and Front committee head on the roster', async () => {
    const { heads } = (await stats()).positions;
    expect(heads.residentialGroupHead).toEqual({ onRoster: 19, notOnRoster: 0 });
    expect(heads.frontCommitteeHead).toEqual({ onRoster: 19, notOnRoster: 0 });
  });

  it('plans at most three candidates per post, one in each age band, for the four terms', async () => {
    const { planning } = await stats();
    expect(planning.violations).toEqual([]);
    expect(planning.stats.terms.map((term) => term.term)).toEqual([
      '2025-2030',
      '2026-2031',
      '2030-2035',
      '2031-2036',
    ]);
    for (const term of planning.stats.terms) {
      for (const post of term.posts) {
        expect(post.count).toBeLessThanOrEqual(3);
        expect(post.distinctAgeBands).toBe(3);
      }
    }
  });

  it('rates 2025 within the excellent cap and breaks no classification rule', async () => {
    const { classification } = await stats();
    expect(classification.ruleChecks).toEqual([]);
    for (const year of classification.excellentCap.years) {
      expect(year.organization.exceeds).toBe(false);
      expect(year.member.exceeds).toBe(false);
    }
  });

  it('supervises in the period as well as inspects, with no violation found', async () => {
    const { inspection } = await stats();
    expect(inspection.byMode['regular-supervision'].total).toBeGreaterThan(0);
    expect(inspection.byMode['thematic-supervision'].total).toBeGreaterThan(0);
    expect(inspection.findings.violation).toBe(0);
    expect(inspection.pendingCases).toBe(0);
  });

  it('meets the admission target of the whole ward exactly', async () => {
    const [ward] = (await stats()).movements.admissionTargets;
    expect(ward).toMatchObject({ target: 31, admitted: 31, percent: 100 });
    expect(ward?.org).toBeUndefined();
  });
});
