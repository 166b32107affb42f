import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateCell, makeWorkbook } from '../test/fixtures/xlsx/makeWorkbook';
import { importDataset } from './importDataset';
import type { ImportIssue } from './issues';

/**
 * The congress columns of the organisations file (data contract §4.6):
 * `Ngày đại hội` (congressOn), a date like the other dates, and
 * `Nhiệm kỳ (năm)` (termYears), years in halves (5; 2,5), read from a CSV
 * folder, a workbook and canonical JSON alike, with bad values located by
 * file, row, column and value.
 */
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-congress-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const MEMBERS = [
  [
    'Mã đảng viên',
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Dân tộc',
    'Ngày vào Đảng',
    'Tổ chức',
    'Trình độ GDPT',
    'Chuyên môn',
    'Lý luận chính trị',
    'Nghề nghiệp',
  ],
  [
    'DV01',
    'Nguyễn Văn An',
    '15/03/1980',
    'Nam',
    'Kinh',
    '26/03/2005',
    'CB01',
    '12/12',
    'Đại học',
    'Trung cấp',
    'Hưu trí',
  ],
];

async function csvFolder(name: string, organizations: readonly (readonly string[])[]) {
  const folder = join(dir, name);
  await mkdir(folder);
  const csv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(',')).join('\n');
  await writeFile(join(folder, 'to-chuc.csv'), csv(organizations));
  await writeFile(join(folder, 'dang-vien.csv'), csv(MEMBERS));
  return folder;
}

const brief = (issue: ImportIssue) =>
  `${issue.code} @ ${issue.source.file}:${issue.source.row ?? '-'}:${issue.source.column ?? '-'} = ${JSON.stringify(issue.value)}`;

const EXPECTED = [
  {
    code: 'DB01',
    name: 'Đảng bộ Trường học',
    kind: 'grassroots-committee',
    category: 'public-service',
    congressOn: '2020-08-20',
    eHandbook: false,
  },
  {
    code: 'CB01',
    name: 'Chi bộ Tổ dân phố số 1',
    kind: 'subordinate-cell',
    category: 'residential',
    congressOn: '2024-02-29',
    termYears: 2.5,
    eHandbook: false,
  },
  {
    code: 'CB02',
    name: 'Chi bộ Tổ dân phố số 2',
    kind: 'subordinate-cell',
    category: 'residential',
    eHandbook: false,
  },
];

describe('the congress columns of to-chuc', () => {
  it('read the same from CSV (any spelling of the header), XLSX and JSON', async () => {
    const csv = await csvFolder('csv', [
      ['Mã', 'Tên', 'Loại', 'Loại hình', 'ngay dai hoi', 'NHIỆM KỲ (NĂM)'],
      ['DB01', 'Đảng bộ Trường học', 'Đảng bộ cơ sở', 'Đơn vị sự nghiệp công lập', '20/8/2020', ''],
      ['CB01', 'Chi bộ Tổ dân phố số 1', 'Chi bộ trực thuộc', 'Tổ dân phố', '29/02/2024', '"2,5"'],
      ['CB02', 'Chi bộ Tổ dân phố số 2', 'Chi bộ trực thuộc', 'Tổ dân phố', '', ''],
    ]);
    const fromCsv = await importDataset(csv, {});
    expect(fromCsv.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fromCsv.data.organizations).toEqual(EXPECTED);

    const workbook = await makeWorkbook(join(dir, 'du-lieu.xlsx'), [
      {
        name: 'ToChuc',
        rows: [
          ['Mã', 'Tên', 'Loại', 'Loại hình', 'congressOn', 'termYears'],
          [
            'DB01',
            'Đảng bộ Trường học',
            'Đảng bộ cơ sở',
            'Đơn vị sự nghiệp công lập',
            dateCell(2020, 8, 20),
            null,
          ],
          [
            'CB01',
            'Chi bộ Tổ dân phố số 1',
            'Chi bộ trực thuộc',
            'Tổ dân phố',
            dateCell(2024, 2, 29),
            2.5,
          ],
          ['CB02', 'Chi bộ Tổ dân phố số 2', 'Chi bộ trực thuộc', 'Tổ dân phố', null, null],
        ],
      },
      { name: 'DangVien', rows: MEMBERS },
    ]);
    const fromXlsx = await importDataset(workbook, {});
    expect(fromXlsx.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fromXlsx.data.organizations).toEqual(EXPECTED);

    const json = join(dir, 'du-lieu.json');
    await writeFile(json, JSON.stringify({ ...fromCsv.data, asOf: undefined }));
    const fromJson = await importDataset(json, {});
    expect(fromJson.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(fromJson.data.organizations).toEqual(EXPECTED);
  });

  it('reports a bad date or term with its file, row, column and value, without the value in the message', async () => {
    const csv = await csvFolder('csv-bad', [
      ['Mã', 'Tên', 'Loại', 'Loại hình', 'Ngày đại hội', 'Nhiệm kỳ (năm)'],
      ['CB01', 'Chi bộ 1', 'Chi bộ trực thuộc', 'Tổ dân phố', '30/02/2024', ''],
      ['CB02', 'Chi bộ 2', 'Chi bộ trực thuộc', 'Tổ dân phố', '16/6/2021', '"3,3"'],
      ['CB03', 'Chi bộ 3', 'Chi bộ trực thuộc', 'Tổ dân phố', '16/6/2021', 'năm năm'],
      ['CB04', 'Chi bộ 4', 'Chi bộ trực thuộc', 'Tổ dân phố', '16/6/2021', '0'],
    ]);
    const result = await importDataset(csv, {});
    expect(result.ok).toBe(false);
    const errors = result.issues.filter((i) => i.severity === 'error');
    expect(errors.map(brief)).toEqual([
      'invalid-date @ to-chuc.csv:2:Ngày đại hội = "30/02/2024"',
      'invalid-value @ to-chuc.csv:3:Nhiệm kỳ (năm) = "3,3"',
      'invalid-type @ to-chuc.csv:4:Nhiệm kỳ (năm) = "năm năm"',
      'invalid-value @ to-chuc.csv:5:Nhiệm kỳ (năm) = "0"',
    ]);
    expect(errors[1]?.message.vi).toContain('không phải bội số của 0,5');
    expect(errors[1]?.message.en).toContain('not a multiple of 0.5');
    for (const error of errors) {
      expect(JSON.stringify(error.message)).not.toMatch(/30\/02|3,3|năm năm/u);
    }
  });
});
