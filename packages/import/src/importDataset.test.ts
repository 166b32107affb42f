import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { InvalidArgumentError, UnreadableInputError } from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDataset } from './importDataset';
import { ImportIssue } from './issues';
import type { Table } from './table';

const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-import-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function brief(issue: ImportIssue): string {
  const { file, row, column } = issue.source;
  return `${issue.severity} ${issue.code} @ ${file}:${row ?? '-'}:${column ?? '-'}`;
}

describe('importDataset on a messy but valid CSV folder', () => {
  it('reads every value as the contract says', async () => {
    const result = await importDataset(join(fixtures, 'csv-messy'), { asOf: '2026-03-01' });
    expect(result.format).toBe('csv');
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const { data } = result;
    expect(data.asOf).toBe('2026-03-01');
    expect(data.ward).toEqual({
      name: 'Đảng bộ phường Mẫu',
      committee: 'Đảng ủy phường Mẫu',
      place: 'Hải Phòng',
      areaKm2: 27.94,
      population: 27339,
    });
    expect(data.organizations).toEqual([
      {
        code: 'DB01',
        name: 'Đảng bộ Quân sự',
        kind: 'grassroots-committee',
        category: 'military',
        foundedOn: '2001-05-01',
        eHandbook: true,
      },
      {
        code: 'CB01',
        name: 'Chi bộ Tổ dân phố số 1; khu A',
        kind: 'subordinate-cell',
        parent: 'DB01',
        category: 'residential',
        foundedOn: '1990-05-01',
        eHandbook: true,
      },
      {
        code: 'CB02',
        name: 'Chi bộ Trường Tiểu học',
        kind: 'grassroots-cell',
        category: 'public-service',
        eHandbook: false,
      },
    ]);
    expect(data.organizations[2]?.name).toBe('Chi bộ Trường Tiểu học'.normalize('NFC'));
    expect(data.members).toEqual([
      {
        id: '012345',
        fullName: 'Nguyễn Văn An',
        birthDate: '1980-03-15',
        gender: 'male',
        ethnicity: 'Kinh',
        religion: 'none',
        admittedOn: '2005-03-26',
        officialOn: '2006-03-26',
        org: 'CB01',
        generalEducation: 'upper-secondary',
        professional: 'master',
        politicalTheory: 'intermediate',
        occupation: 'civil-servant',
        exempt: false,
        workingAway: true,
      },
      {
        id: '000789',
        fullName: 'Trần Thị Bình',
        birthDate: '1975',
        gender: 'female',
        ethnicity: 'Kinh',
        religion: 'catholic',
        admittedOn: '2000-05-19',
        officialOn: '2001-05-19',
        org: 'CB01',
        generalEducation: 'lower-secondary',
        professional: 'university',
        politicalTheory: 'none',
        occupation: 'retired',
        exempt: true,
        workingAway: false,
      },
      {
        id: 'DV003',
        fullName: 'Lê Văn Cường',
        birthDate: '1990-01-05',
        gender: 'male',
        ethnicity: 'Tày',
        religion: 'buddhist',
        admittedOn: '2015-02-01',
        officialOn: '2016-02-01',
        org: 'CB02',
        generalEducation: 'lower-secondary',
        professional: 'none',
        politicalTheory: 'elementary',
        occupation: 'farmer',
        exempt: false,
        workingAway: true,
      },
      {
        id: 'DV004',
        fullName: 'Phạm Thị Dung',
        birthDate: '1960-12-31',
        gender: 'female',
        ethnicity: 'Kinh',
        religion: 'other',
        admittedOn: '1985-02-03',
        officialOn: '1986-02-03',
        org: 'CB02',
        generalEducation: 'upper-secondary',
        professional: 'doctorate',
        politicalTheory: 'advanced',
        occupation: 'retired',
        exempt: false,
        workingAway: true,
      },
      {
        id: 'DV005',
        fullName: 'Hoàng Văn Em',
        birthDate: '1970-10-20',
        gender: 'male',
        ethnicity: 'Kinh',
        religion: 'none',
        admittedOn: '1995-10-10',
        officialOn: '1996-10-10',
        org: 'DB01',
        generalEducation: 'upper-secondary',
        professional: 'none',
        politicalTheory: 'bachelor',
        occupation: 'armed-forces',
        exempt: false,
        workingAway: false,
      },
    ]);
    expect(data.positions).toEqual([
      { memberId: '012345', role: 'secretary', org: 'CB01', since: '2020-01-01' },
      { memberId: 'DV004', role: 'other', roleText: 'Bí thư chi bộ kiêm trưởng ban', org: 'CB02' },
    ]);
    expect(data.training).toEqual([
      {
        courseId: 'L01',
        courseName: 'Lớp đảng viên mới 2025',
        courseKind: 'new-member',
        from: '2025-03-01',
        to: '2025-03-15',
        memberId: 'DV003',
        result: 'completed',
      },
      {
        courseId: 'L02',
        courseName: 'Lớp tin học',
        courseKind: 'other',
        from: '2025-04-01',
        to: '2025-04-03',
        memberId: 'DV004',
        result: 'in-progress',
      },
    ]);
    expect(data.classifications).toEqual([
      { year: 2025, subjectType: 'member', subject: '012345', rating: 'good' },
      { year: 2025, subjectType: 'organization', subject: 'CB01', rating: 'fulfilled' },
    ]);
    expect(data.admissionTargets).toEqual([
      { from: '2025-01-01', to: '2025-12-31', admissionTarget: 5 },
    ]);
    expect(data.movements).toEqual([]);
  });

  it('reports the unknown file, the unknown column and the bare year as notices', async () => {
    const result = await importDataset(join(fixtures, 'csv-messy'), { asOf: '2026-03-01' });
    expect(result.issues.filter((issue) => issue.severity === 'notice').map(brief)).toEqual([
      'notice unknown-field @ ghi-chu.csv:-:-',
      'notice unknown-field @ dang-vien.csv:1:Ghi chú riêng',
      'notice bare-year @ dang-vien.csv:3:NGÀY SINH',
    ]);
    for (const issue of result.issues) expect(ImportIssue.safeParse(issue).success).toBe(true);
  });
});

describe('importDataset on a broken CSV folder', () => {
  it('reports each problem with its file, row (header = 1), column and value', async () => {
    const result = await importDataset(join(fixtures, 'csv-broken'), { asOf: '2026-03-01' });
    expect(result.ok).toBe(false);
    const errors = result.issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => `${brief(issue)} = ${JSON.stringify(issue.value) ?? '-'}`);
    expect(errors).toEqual([
      'error invalid-structure @ to-chuc.csv:1:name = -',
      'error invalid-code @ to-chuc.csv:3:Loại = "Chi bộ lạ"',
      'error invalid-date @ dang-vien.csv:2:Ngày sinh = "31/02/1980"',
      'error invalid-code @ dang-vien.csv:3:Giới tính = "X"',
      'error unknown-organization @ dang-vien.csv:5:Tổ chức = "CB99"',
      'error required @ dang-vien.csv:6:Họ và tên = -',
      'error invalid-type @ dang-vien.csv:7:Miễn sinh hoạt = "maybe"',
      'error invalid-structure @ dang-vien.csv:8:- = -',
      'error duplicate-id @ dang-vien.csv:9:Mã đảng viên = "DV08"',
      'error required @ bien-dong.csv:1:Loại = -',
      'error invalid-structure @ chuc-vu.csv:3:- = -',
    ]);
    const duplicate = result.issues.find((issue) => issue.code === 'duplicate-id');
    expect(duplicate?.relatedSource).toEqual({
      file: 'dang-vien.csv',
      row: 4,
      column: 'Mã đảng viên',
    });
    const missingColumn = result.issues.find((issue) => issue.source.file === 'bien-dong.csv');
    expect(missingColumn?.params).toMatchObject({ rows: 2 });
    // Every data row is a record or has an issue: of 8 member rows, the 4 without
    // errors in their own cells are records (cross-record errors keep the record).
    expect(result.data.members.map((member) => member.id)).toEqual([
      'DV08',
      'DV04',
      'DV07',
      'DV08',
    ]);
    expect(result.data.positions).toEqual([{ memberId: 'DV01', role: 'secretary' }]);
  });

  it('never puts member data in messages', async () => {
    const result = await importDataset(join(fixtures, 'csv-broken'));
    const messages = JSON.stringify(result.issues.map((issue) => issue.message));
    for (const name of ['Người', 'DV0', 'CB99', 'maybe', '31/02/1980', 'Chi bộ lạ']) {
      expect(messages).not.toContain(name);
    }
  });
});

describe('importDataset inputs', () => {
  it('reads canonical JSON and locates its issues by file and field', async () => {
    const path = join(dir, 'du-lieu.json');
    await writeFile(
      path,
      `\uFEFF${JSON.stringify({ organizations: [], members: [{ id: 'DV1' }] })}`,
    );
    const result = await importDataset(path);
    expect(result.format).toBe('json');
    expect(result.ok).toBe(false);
    // The empty organisation list comes first (issue 13: an empty list is an error).
    expect(result.issues[0]?.code).toBe('empty-collection');
    expect(result.issues[0]?.source).toEqual({ file: 'du-lieu.json' });
    expect(result.issues[1]?.source).toEqual({ file: 'du-lieu.json', column: 'fullName' });
  });

  it('reads a workbook through the injected reader', async () => {
    const path = join(dir, 'du-lieu.xlsx');
    await writeFile(path, 'not really a workbook');
    const readWorkbook = async (): Promise<Table[]> => [];
    const result = await importDataset(path, { readWorkbook });
    expect(result.format).toBe('xlsx');
    expect(result.issues.map((issue) => issue.source)).toEqual([
      { file: 'du-lieu.xlsx', sheet: 'ToChuc' },
      { file: 'du-lieu.xlsx', sheet: 'DangVien' },
    ]);
  });

  it('throws UnreadableInputError, Vietnamese first, for a missing path or an unknown kind', async () => {
    await expect(importDataset(join(dir, 'khong-co'))).rejects.toMatchObject({
      code: 'unreadable-input',
      message: expect.stringContaining('Không tìm thấy “khong-co”'),
      localized: expect.objectContaining({ en: expect.stringContaining('was not found') }),
    });
    for (const [name, words] of [
      ['dang-vien.csv', 'thư mục'],
      ['du-lieu.xls', '.xlsx'],
      ['du-lieu.txt', 'Không nhận dạng được'],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, 'x');
      const error = await importDataset(path).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnreadableInputError);
      expect((error as Error).message).toContain(words);
    }
  });

  it('rejects a malformed asOf before reading anything', async () => {
    await expect(
      importDataset(join(dir, 'khong-co'), { asOf: '01/03/2026' }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});

describe('importDataset on large input', () => {
  it('streams a 200 000-row roster', { timeout: 120_000 }, async () => {
    const folder = await mkdtemp(join(dir, 'large-'));
    await writeFile(
      join(folder, 'to-chuc.csv'),
      'Mã,Tên,Loại,Loại hình\nCB01,Chi bộ 1,Chi bộ cơ sở,Tổ dân phố\n',
    );
    const rows = 200_000;
    const out = createWriteStream(join(folder, 'dang-vien.csv'));
    out.write(
      '\uFEFFMã đảng viên;Họ và tên;Ngày sinh;Giới tính;Dân tộc;Ngày vào Đảng;Ngày chính thức;Tổ chức;Trình độ GDPT\r\n',
    );
    for (let i = 0; i < rows; i += 1) {
      const id = String(i).padStart(8, '0');
      const ok = out.write(
        `${id};Đảng viên ${i};15/03/1980;${i % 2 ? 'Nữ' : 'Nam'};Kinh;01/01/2005;01/01/2006;CB01;12/12\r\n`,
      );
      if (!ok) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve) => out.end(() => resolve()));
    const progress: number[] = [];
    const result = await importDataset(folder, {
      asOf: '2026-03-01',
      onProgress: (n) => progress.push(n),
    });
    expect(result.ok).toBe(true);
    expect(result.data.members).toHaveLength(rows);
    expect(result.data.members[rows - 1]?.id).toBe(String(rows - 1).padStart(8, '0'));
    expect(result.data.members.filter((member) => member.gender === 'female')).toHaveLength(
      rows / 2,
    );
    expect(progress.at(-1)).toBe(rows + 3);
    expect(progress.length).toBeGreaterThan(10);
  });
});

describe('importDataset never throws on bad files', () => {
  test.prop([fc.uint8Array({ maxLength: 3000 })], { numRuns: 40 })(
    'random bytes as a CSV file give a result with issues',
    async (bytes) => {
      const folder = await mkdtemp(join(dir, 'bytes-'));
      await writeFile(join(folder, 'dang-vien.csv'), bytes);
      const result = await importDataset(folder);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(ImportIssue.safeParse(issue).success).toBe(true);
      await rm(folder, { recursive: true, force: true });
    },
  );

  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom(
      '"',
      '""',
      ',',
      ';',
      '\n',
      '\r\n',
      'Nam',
      'Nữ',
      '31/02/2026',
      '1964',
      'x',
      'Mã',
      'Tên',
    ),
  );
  const csvText = fc
    .tuple(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }), fc.constantFrom(',', ';'))
    .map(([rows, separator]) => rows.map((cells) => cells.join(separator)).join('\n'));
  test.prop([csvText, csvText], { numRuns: 40 })(
    'random CSV text gives a result with issues',
    async (organizations, members) => {
      const folder = await mkdtemp(join(dir, 'text-'));
      await writeFile(join(folder, 'to-chuc.csv'), `Mã,Tên,Loại,Loại hình\n${organizations}`);
      await writeFile(join(folder, 'dang-vien.csv'), members);
      await writeFile(join(folder, 'chuc-vu.csv'), `"${members}`);
      const result = await importDataset(folder);
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(ImportIssue.safeParse(issue).success).toBe(true);
      await rm(folder, { recursive: true, force: true });
    },
  );
});
