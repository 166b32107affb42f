import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CSV_DIR, WINDOW } from './dataset';

const run = promisify(execFile);
/** The built `party` binary: `turbo run test` builds it first (see turbo.json). */
const BIN = fileURLToPath(new URL('../../../packages/cli/dist/bin.js', import.meta.url));

describe('party stats on the sample CSV folder', () => {
  it('prints the figures of the seed report in its JSON', async () => {
    expect(
      existsSync(BIN),
      'build the CLI first: npx turbo run build --filter=@org/party-cli...',
    ).toBe(true);
    const { stdout } = await run(
      process.execPath,
      [BIN, 'stats', CSV_DIR, '--as-of', WINDOW.asOf, '--from', WINDOW.from, '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    const stats = JSON.parse(stdout);
    expect(stats.asOf).toBe('2026-03-01');
    expect(stats.organizations.direct).toBe(45);
    expect(stats.organizations.byKind).toEqual({
      'grassroots-committee': 3,
      'grassroots-cell': 13,
      'subordinate-cell': 29,
    });
    expect(stats.organizations.structure).toEqual({
      'grassroots-committee': { organizations: 3, members: 142 },
      residential: { organizations: 19, members: 726 },
      'public-service': { organizations: 11, members: 273 },
      military: { organizations: 1, members: 8 },
      'non-state': { organizations: 11, members: 90 },
    });
    expect(stats.organizations.eHandbookRegistered).toBe(45);
    expect(stats.members.total).toBe(1239);
    expect(stats.members.gender).toEqual({ male: 737, female: 502 });
    expect(stats.members.ageBands).toEqual({
      'under-30': 156,
      '30-39': 291,
      '40-59': 471,
      '60-plus': 321,
    });
    expect(stats.members.ethnicity).toEqual({ kinh: 1236, minority: 3 });
    expect(stats.members.religion.catholic).toBe(17);
    expect(stats.movements).toMatchObject({
      from: '2025-07-01',
      to: '2026-03-01',
      opening: 1216,
      closing: 1239,
      net: 23,
      admitted: 31,
      transferredIn: 48,
      transferredOut: 44,
      struckOff: 5,
      expelled: 0,
      deceased: 7,
      resigned: 0,
    });
    expect(stats.inspection.inspected).toMatchObject({ organizations: 7, secretaries: 5 });
    expect(stats.training.attendance.theoryTotal).toBe(51);
    expect(stats.positions.concurrent).toMatchObject({
      secretaryAndResidentialGroupHead: 2,
      secretaryAndFrontCommitteeHead: 8,
    });
  });
});
