import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const bin = new URL('../dist/bin.js', import.meta.url).pathname;
const fixtures = 'packages/cli/test/fixtures';
const work = mkdtempSync(join(tmpdir(), 'party-e2e-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function party(args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const window = ['--as-of', '2026-03-01', '--from', '2025-07-01'];

/**
 * Figures of the messy fixture, computed by hand from its rows (six members;
 * the last has a 12-digit id, stored as a number in the workbook).
 */
const expected = {
  organizations: {
    direct: 2,
    byKind: { 'grassroots-committee': 1, 'grassroots-cell': 1, 'subordinate-cell': 0 },
    structure: {
      'grassroots-committee': { organizations: 1, members: 3 },
      'public-service': { organizations: 1, members: 3 },
    },
    eHandbookRegistered: 1,
  },
  members: {
    total: 6,
    probationary: 0,
    gender: { male: 3, female: 3 },
    ageBands: { 'under-30': 0, '30-39': 1, '40-59': 4, '60-plus': 1 },
    ethnicity: { kinh: 5, minority: 1 },
    religion: {
      none: 3,
      catholic: 1,
      buddhist: 1,
      protestant: 0,
      'cao-dai': 0,
      'hoa-hao': 0,
      other: 1,
    },
    generalEducation: { primary: 0, 'lower-secondary': 2, 'upper-secondary': 4 },
    professional: {
      doctorate: 1,
      master: 1,
      university: 1,
      college: 1,
      intermediate: 0,
      elementary: 0,
      none: 2,
    },
    politicalTheory: { advanced: 1, bachelor: 1, intermediate: 1, elementary: 2, none: 1 },
    occupation: {
      'civil-servant': 1,
      retired: 2,
      'armed-forces': 1,
      'private-sector': 1,
      'state-enterprise': 0,
      student: 0,
      farmer: 1,
      other: 0,
    },
    exempt: 1,
    workingAway: 3,
  },
};

describe('party on messy files (built binary)', () => {
  it('reads the messy CSV folder figure by figure', async () => {
    const { code, stdout } = await party(['stats', `${fixtures}/messy-csv`, ...window, '--json']);
    expect(code).toBe(0);
    const stats = JSON.parse(stdout);
    expect(stats.organizations).toMatchObject(expected.organizations);
    expect(stats.members).toEqual(expected.members);
  });

  it('gives identical figures for the same data as an XLSX workbook (dates as date cells, ids as numbers)', async () => {
    const ids = await party(['import', `${fixtures}/messy.xlsx`, '-o', join(work, 'ids.json')]);
    expect(ids.code).toBe(0);
    const imported = JSON.parse(readFileSync(join(work, 'ids.json'), 'utf8')) as {
      members: { id: string }[];
    };
    expect(imported.members.map((m) => m.id)).toEqual([
      '012345',
      '000789',
      'DV003',
      'DV004',
      'DV005',
      '123456789012',
    ]);
    const csv = JSON.parse(
      (await party(['stats', `${fixtures}/messy-csv`, ...window, '--json'])).stdout,
    );
    const xlsx = await party(['stats', `${fixtures}/messy.xlsx`, ...window, '--json']);
    expect(xlsx.code).toBe(0);
    expect(JSON.parse(xlsx.stdout)).toEqual(csv);
  });

  it('lists warnings and notices with file, row and column, exit 0', async () => {
    const { code, stdout } = await party([
      'validate',
      `${fixtures}/messy-csv`,
      '--as-of',
      '2026-03-01',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('Hợp lệ: 0 lỗi, 1 cảnh báo, 3 lưu ý.');
    expect(stdout).toMatch(/Tệp dang-vien\.csv[\s\S]*3\s+NGÀY SINH\s+lưu ý\s+1975/u);
    expect(stdout).not.toContain('Nguyễn Văn An');
  });

  it('reports every error of a broken folder with its file, row and column, exit 1', async () => {
    const { code, stdout } = await party(['validate', `${fixtures}/broken-csv`, '--json']);
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as {
      ok: boolean;
      issues: {
        code: string;
        severity: string;
        source: { file: string; row?: number; column?: string };
      }[];
    };
    expect(result.ok).toBe(false);
    const errors = result.issues
      .filter((i) => i.severity === 'error')
      .map((i) => `${i.source.file}:${i.source.row ?? ''}:${i.source.column ?? ''}:${i.code}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        'to-chuc.csv:3:Loại:invalid-code',
        'dang-vien.csv:2:Ngày sinh:invalid-date',
        'dang-vien.csv:3:Giới tính:invalid-code',
        'dang-vien.csv:5:Tổ chức:unknown-organization',
        'dang-vien.csv:6:Họ và tên:required',
        'dang-vien.csv:9:Mã đảng viên:duplicate-id',
      ]),
    );
  });

  it('imports to canonical JSON that validates to the same figures, and refuses to overwrite', async () => {
    const out = join(work, 'du-lieu.json');
    const imported = await party([
      'import',
      `${fixtures}/messy-csv`,
      '-o',
      out,
      '--as-of',
      '2026-03-01',
    ]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('3 tổ chức, 6 đảng viên');
    const again = await party(['stats', out, ...window, '--json']);
    expect(JSON.parse(again.stdout).members).toEqual(expected.members);
    const refused = await party(['import', `${fixtures}/messy-csv`, '-o', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--force');
    expect(
      (await party(['import', `${fixtures}/broken-csv`, '-o', join(work, 'x.json')])).code,
    ).toBe(1);
    expect(existsSync(join(work, 'x.json'))).toBe(false);
  });

  it('writes the empty templates, which import with only the two empty-list errors', async () => {
    const book = join(work, 'mau.xlsx');
    const folder = join(work, 'mau-csv');
    expect((await party(['template', '-o', book])).code).toBe(0);
    expect((await party(['template', '-o', folder])).code).toBe(0);
    expect(readdirSync(folder)).toEqual(
      expect.arrayContaining(['to-chuc.csv', 'dang-vien.csv', 'HUONG-DAN.md']),
    );
    for (const target of [book, folder]) {
      // An empty dataset is not valid (issue 13): the templates' headers are all
      // understood, and the only problems are the empty organisation and member lists.
      const { code, stdout } = await party(['validate', target, '--json']);
      expect(code, target).toBe(1);
      const body = JSON.parse(stdout) as { counts: object; issues: { code: string }[] };
      expect(body.counts).toEqual({ error: 2, warning: 0, notice: 0 });
      expect(body.issues.map((issue) => issue.code)).toEqual([
        'empty-collection',
        'empty-collection',
      ]);
    }
    expect((await party(['template', '-o', book])).code).toBe(2);
  });

  test.prop([fc.uint8Array({ maxLength: 400 })], { numRuns: 12 })(
    'random bytes as a CSV file or a workbook give a problem list or a clear message, never a stack trace',
    async (bytes) => {
      const dir = mkdtempSync(join(work, 'r-'));
      writeFileSync(join(dir, 'dang-vien.csv'), bytes);
      const asCsv = await party(['validate', dir]);
      expect([0, 1]).toContain(asCsv.code);
      expect(asCsv.stderr).not.toMatch(/\n\s+at /u);
      const book = join(dir, 'x.xlsx');
      writeFileSync(book, bytes);
      const asXlsx = await party(['validate', book]);
      expect(asXlsx.code).toBe(2);
      expect(asXlsx.stderr).not.toMatch(/\n\s+at /u);
    },
    // 24 processes of the built binary: about 40 s on a CI machine, more when
    // the other packages' tests share its two cores.
    240_000,
  );
});
