import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkbook } from '../test/fixtures/xlsx/makeWorkbook';
import { importDataset } from './importDataset';
import type { ImportResult } from './mapping/importTables';
import { presentIssue } from './present/presentIssue';

// Issue 13: invisible characters, empty lists and problem messages behave
// the same whatever the input (CSV folder, workbook, canonical JSON).

const ZWSP = '\u200B';
const ORG = [
  ['Mã', 'Tên', 'Loại', 'Loại hình'],
  ['CB01', 'Chi bộ 1', 'Chi bộ cơ sở', 'Tổ dân phố'],
];
const MEMBER_HEADER = [
  'Mã đảng viên',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Tổ chức',
  'Trình độ GDPT',
];
const member = (id: string, name: string, birth = '01/01/1980') => [
  id,
  name,
  birth,
  'Nam',
  'Kinh',
  '01/01/2005',
  '01/01/2006',
  'CB01',
  '12/12',
];
/** Rows 2–5: DV001, DV002, DV003, then DV001 with a zero-width space (row 5); row 3's name is invisible. */
const MEMBERS = [
  MEMBER_HEADER,
  member('DV001', 'Người Một'),
  member('DV002', `${ZWSP}\u00A0${ZWSP}`),
  member('DV003', 'Người Ba', '01/01/2010'),
  member(`DV001${ZWSP}`, 'Người Bốn'),
];

const csvText = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

let dir: string;
const results: Record<'csv' | 'xlsx' | 'json', ImportResult> = {} as never;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-i13-'));
  const csvDir = join(dir, 'csv');
  await mkdir(csvDir);
  await writeFile(join(csvDir, 'to-chuc.csv'), csvText(ORG));
  await writeFile(join(csvDir, 'dang-vien.csv'), csvText(MEMBERS));
  results.csv = await importDataset(csvDir);
  const workbook = join(dir, 'du-lieu.xlsx');
  await makeWorkbook(workbook, [
    { name: 'ToChuc', rows: ORG },
    { name: 'DangVien', rows: MEMBERS },
  ]);
  results.xlsx = await importDataset(workbook);
  // Canonical JSON: the clean rows as core reads them, then the same invisible characters.
  const clean = await importDataset(csvDir);
  const [first, third] = clean.data.members; // DV001 and DV003 (DV002 has no name)
  const json = {
    ...clean.data,
    members: [
      first,
      { ...first, id: 'DV002', fullName: `${ZWSP}\u00A0${ZWSP}` },
      third,
      { ...first, id: `DV001${ZWSP}` },
    ],
  };
  await writeFile(join(dir, 'du-lieu.json'), JSON.stringify(json));
  results.json = await importDataset(join(dir, 'du-lieu.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(['csv', 'xlsx', 'json'] as const)('issue 13 through %s', (format) => {
  it('counts DV001 + zero-width space as a duplicate of DV001, with a notice on the cell', () => {
    const result = results[format];
    expect(result.ok).toBe(false);
    // Both rows are read, the second with its id stripped, and flagged as a duplicate.
    expect(result.data.members.map((m) => m.id)).toEqual(['DV001', 'DV003', 'DV001']);
    const codes = result.issues.map((i) => `${i.code} ${i.location.field}`);
    expect(codes).toContain('invisible-characters id');
    expect(codes).toContain('duplicate-id id');
    expect(codes).toContain('required fullName');
  });

  it('names the first row of a duplicate', () => {
    const dup = results[format].issues.find((i) => i.code === 'duplicate-id');
    if (format === 'json') {
      expect(dup?.message.vi).toContain('trùng với bản ghi số 1');
    } else {
      expect(dup?.source.row).toBe(5);
      expect(dup?.message.vi).toContain('trùng với dòng 2');
      expect(dup?.message.en).toContain('already used by row 2');
    }
  });
});

describe('problem messages', () => {
  it('locates a workbook issue in its sheet, a CSV issue in its file', () => {
    const shown = (r: ImportResult) =>
      presentIssue(r.issues.find((i) => i.code === 'duplicate-id') as never, 'vi');
    expect(shown(results.xlsx)).toMatchObject({ file: 'du-lieu.xlsx', sheet: 'DangVien', row: 5 });
    expect(shown(results.csv)).toMatchObject({ file: 'dang-vien.csv', row: 5 });
    expect(shown(results.csv).sheet).toBeUndefined();
  });

  it('shows both dates of a birth after admission', () => {
    const issue = results.csv.issues.find((i) => i.code === 'birth-after-admission');
    expect(issue?.message.vi).toContain('(1/1/2010 và 1/1/2005)');
  });

  it('reports empty lists as located errors in every input', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    await writeFile(join(empty, 'to-chuc.csv'), csvText([ORG[0] as string[]]));
    await writeFile(join(empty, 'dang-vien.csv'), csvText([MEMBER_HEADER]));
    const csv = await importDataset(empty);
    expect(csv.ok).toBe(false);
    expect(csv.issues.map((i) => [i.code, i.source.file])).toEqual([
      ['empty-collection', 'to-chuc.csv'],
      ['empty-collection', 'dang-vien.csv'],
    ]);
    const workbook = join(dir, 'empty.xlsx');
    await makeWorkbook(workbook, [
      { name: 'ToChuc', rows: [ORG[0] as string[]] },
      { name: 'DangVien', rows: [MEMBER_HEADER] },
    ]);
    const xlsx = await importDataset(workbook);
    expect(xlsx.issues.map((i) => [i.code, i.source.sheet])).toEqual([
      ['empty-collection', 'ToChuc'],
      ['empty-collection', 'DangVien'],
    ]);
    await writeFile(join(dir, 'empty.json'), '{"organizations":[],"members":[]}');
    const json = await importDataset(join(dir, 'empty.json'));
    expect(json.ok).toBe(false);
    expect(json.issues.map((i) => i.code)).toEqual(['empty-collection', 'empty-collection']);
  });
});
