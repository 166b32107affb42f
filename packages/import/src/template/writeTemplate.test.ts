import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COLLECTION_FILES,
  COLLECTION_NAMES,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
  InvalidArgumentError,
} from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InspectedSheet, inspectWorkbook } from '../../test/fixtures/xlsx/inspectWorkbook';
import type { Table, TableRow } from '../table';
import { readWorkbook } from '../xlsx/readWorkbook';
import { readWorkbookBytes } from '../xlsx/readWorkbookBytes';
import {
  TEMPLATE_GUIDE_FILE,
  TEMPLATE_LISTS_SHEET,
  templateGuideMarkdown,
  templateWorkbookBytes,
} from './templateContent';
import { templateFiles } from './templateFiles';
import { writeTemplateCsvFolder, writeTemplateWorkbook } from './writeTemplate';

const SHEETS = [
  'DonVi',
  'ToChuc',
  'DangVien',
  'BienDong',
  'ChucVu',
  'KiemTraGiamSat',
  'BoiDuong',
  'QuyHoach',
  'XepLoai',
  'ChiTieu',
];

let dir: string;
let workbookPath: string;
let tables: Table[];
let inspected: InspectedSheet[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-import-template-'));
  workbookPath = join(dir, 'mau.xlsx');
  await writeTemplateWorkbook(workbookPath);
  tables = await readWorkbook(workbookPath);
  inspected = await inspectWorkbook(workbookPath);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rowsOf(table: Table | undefined): Promise<TableRow[]> {
  const rows: TableRow[] = [];
  if (table) for await (const row of table.rows()) rows.push(row);
  return rows;
}

function sheet(name: string): InspectedSheet {
  const found = inspected.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The template headers of a collection: FIELD_HEADERS without repeats (role/roleText). */
function expectedHeaders(key: (typeof COLLECTION_NAMES)[number]): string[] {
  return [...new Set(Object.values(FIELD_HEADERS[key] as Record<string, string>))];
}

describe('writeTemplateWorkbook', () => {
  it('writes one sheet per contract file in contract order, then the hidden DanhMuc', () => {
    expect(tables.map((t) => t.sheet)).toEqual([...SHEETS, TEMPLATE_LISTS_SHEET]);
    expect(SHEETS).toEqual(
      ['ward', ...COLLECTION_NAMES].map((k) => COLLECTION_FILES[k as 'ward'].sheet),
    );
    expect(inspected.map((s) => s.state)).toEqual([...SHEETS.map(() => 'visible'), 'hidden']);
  });

  it('puts the Vietnamese headers in row 1 of every collection sheet, ChucVu with one Chức vụ column', async () => {
    for (const key of COLLECTION_NAMES) {
      const table = tables.find((t) => t.sheet === COLLECTION_FILES[key].sheet);
      const rows = await rowsOf(table);
      expect(rows, key).toEqual([{ row: 1, cells: expectedHeaders(key) }]);
    }
    const chucVu = await rowsOf(tables.find((t) => t.sheet === 'ChucVu'));
    expect(chucVu[0]?.cells).toEqual(['Mã đảng viên', 'Chức vụ', 'Tổ chức', 'Từ ngày', 'Đến ngày']);
  });

  it('fills DonVi with Trường / Giá trị and the eight ward fields (six of version 1, two of version 2)', async () => {
    const rows = await rowsOf(tables[0]);
    expect(rows).toEqual([
      { row: 1, cells: ['Trường', 'Giá trị'] },
      { row: 2, cells: ['Tên đảng bộ'] },
      { row: 3, cells: ['Tên cấp ủy'] },
      { row: 4, cells: ['Đảng bộ cấp trên'] },
      { row: 5, cells: ['Địa danh'] },
      { row: 6, cells: ['Diện tích km2'] },
      { row: 7, cells: ['Dân số'] },
      { row: 8, cells: ['Ngày số liệu'] },
      { row: 9, cells: ['Biến động đầy đủ từ ngày'] },
    ]);
    const donVi = sheet('DonVi');
    for (const address of ['A1', 'B1', 'A2', 'A7', 'A8', 'A9'])
      expect(donVi.notes[address]).toBeTruthy();
    expect(donVi.notes.A7).toContain('Số nguyên');
    expect(donVi.notes.A8).toContain('dd/mm/yyyy');
    expect(donVi.notes.A9).toContain('dd/mm/yyyy');
  });

  it('makes every header bold and frozen, with a note', () => {
    for (const name of SHEETS) {
      const s = sheet(name);
      const width = name === 'DonVi' ? 2 : expectedHeaders(keyOf(name)).length;
      expect(s.frozenRows, name).toBe(1);
      expect(s.boldHeaders, name).toEqual(Array.from({ length: width }, (_, i) => i + 1));
      for (let column = 1; column <= width; column++) {
        const address = `${String.fromCharCode(64 + column)}1`;
        expect(s.notes[address], `${name} ${address}`).toMatch(
          /Bắt buộc\.|Không bắt buộc\.|Tên trường|Ghi giá trị/,
        );
      }
    }
  });

  it('notes say whether a column is required and give the accepted values', () => {
    const dangVien = sheet('DangVien');
    expect(dangVien.notes.A1).toContain('Bắt buộc.');
    expect(dangVien.notes.C1).toContain('dd/mm/yyyy');
    expect(dangVien.notes.D1).toContain('Chọn một trong: Nam; Nữ.');
    expect(dangVien.notes.H1).toContain('Không bắt buộc.');
    expect(sheet('ToChuc').notes.E1).toContain('Tổ dân phố (hoặc Thôn, Khu dân cư)');
    expect(sheet('ToChuc').notes.G1).toContain('giải thể');
    expect(sheet('ToChuc').notes.I1).toContain('Có hoặc Không');
    // Miễn sinh hoạt takes yes/no or a date (version 2), so it has no yes/no drop-down.
    expect(dangVien.notes.N1).toContain('ngày bắt đầu được miễn');
    expect(dangVien.notes.Q1).toContain('đảng viên đã rời');
  });

  it('puts a drop-down referencing DanhMuc on every coded and yes/no column, and no other', async () => {
    const lists = await rowsOf(tables.find((t) => t.sheet === TEMPLATE_LISTS_SHEET));
    const listHeader = lists[0]?.cells ?? [];
    for (const key of COLLECTION_NAMES) {
      const s = sheet(COLLECTION_FILES[key].sheet);
      const codeLists = (FIELD_CODE_LISTS[key] ?? {}) as Record<
        string,
        { codes: readonly string[]; labels: Record<string, { vi: string }> }
      >;
      const fields = Object.keys(FIELD_HEADERS[key]);
      const headers = expectedHeaders(key);
      headers.forEach((header, index) => {
        const letter = String.fromCharCode(65 + index);
        const field = fields.find(
          (f) => (FIELD_HEADERS[key] as Record<string, string>)[f] === header,
        ) as string;
        const list = codeLists[field];
        const yesNo = ['eHandbook', 'workingAway'].includes(field);
        const validation = s.validations[letter];
        if (!list && !yesNo) {
          expect(validation, `${key}.${field}`).toBeUndefined();
          return;
        }
        expect(validation?.type, `${key}.${field}`).toBe('list');
        const formula = validation?.formulae[0] ?? '';
        const match = /^DanhMuc!\$([A-Z]+)\$2:\$\1\$(\d+)$/.exec(formula);
        expect(match, `${key}.${field}: ${formula}`).not.toBeNull();
        // The referenced range holds exactly the Vietnamese labels of the list.
        const column = (match?.[1] ?? 'A').charCodeAt(0) - 65;
        const last = Number(match?.[2]);
        const values = lists.slice(1, last).map((r) => r.cells[column]);
        const expected = list ? list.codes.map((c) => list.labels[c]?.vi) : ['Có', 'Không'];
        expect(values, `${key}.${field}`).toEqual(expected);
        expect(listHeader[column]).toBeTruthy();
        // The list covers data rows far down, not only row 2.
        expect(s.validationsAt(`${letter}10000`)?.formulae[0]).toBe(formula);
        expect(s.validationsAt(`${letter}1`)).toBeUndefined();
      });
    }
  });

  it('formats id and date columns as text and sets widths', () => {
    const dangVien = sheet('DangVien');
    expect(dangVien.numberFormats.A).toBe('@');
    expect(dangVien.numberFormats.C).toBe('@');
    for (const width of Object.values(dangVien.widths)) {
      expect(width).toBeGreaterThanOrEqual(8);
      expect(width).toBeLessThanOrEqual(45);
    }
  });

  it('refuses to overwrite an existing file unless told to', async () => {
    const error = await writeTemplateWorkbook(workbookPath).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain('“mau.xlsx”');
    await writeTemplateWorkbook(workbookPath, { overwrite: true });
    expect((await readWorkbook(workbookPath)).map((t) => t.sheet)).toEqual([
      ...SHEETS,
      TEMPLATE_LISTS_SHEET,
    ]);
    await expect(writeTemplateWorkbook(dir, { overwrite: true })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
  });
});

function keyOf(sheetName: string): (typeof COLLECTION_NAMES)[number] {
  const key = COLLECTION_NAMES.find((k) => COLLECTION_FILES[k].sheet === sheetName);
  if (!key) throw new Error(sheetName);
  return key;
}

describe('templateWorkbookBytes', () => {
  /** What a test can see of a workbook, notes, lists, formats and widths included. */
  const looks = (sheets: readonly InspectedSheet[]) =>
    sheets.map(({ validationsAt, ...rest }) => ({ ...rest, lastListRow: validationsAt('B10000') }));

  it('gives the workbook writeTemplateWorkbook writes: the same sheets, rows, notes and lists', async () => {
    const bytes = await templateWorkbookBytes();
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a ZIP archive
    const fromBytes = await readWorkbookBytes(bytes, 'mau.xlsx');
    expect(fromBytes.map((table) => table.sheet)).toEqual([...SHEETS, TEMPLATE_LISTS_SHEET]);
    for (const [index, table] of fromBytes.entries()) {
      expect(await rowsOf(table), table.source).toEqual(await rowsOf(tables[index]));
    }
    const copy = join(dir, 'mau-tu-bytes.xlsx');
    await writeFile(copy, bytes);
    const inspectedCopy = await inspectWorkbook(copy);
    expect(looks(inspectedCopy)).toEqual(looks(inspected));
    expect(inspectedCopy.find((s) => s.name === 'DangVien')?.notes.A1).toBeTruthy();
  });
});

describe('writeTemplateCsvFolder', () => {
  it('writes one CSV per contract file with a BOM and the header row, and the guide', async () => {
    const folder = join(dir, 'csv');
    const written = await writeTemplateCsvFolder(folder);
    const files = ['ward', ...COLLECTION_NAMES].map(
      (k) => `${COLLECTION_FILES[k as 'ward'].file}.csv`,
    );
    expect(written).toEqual([...files, TEMPLATE_GUIDE_FILE].map((f) => join(folder, f)));
    expect((await readdir(folder)).sort()).toEqual([...files, TEMPLATE_GUIDE_FILE].sort());
    for (const key of COLLECTION_NAMES) {
      const text = await readFile(join(folder, `${COLLECTION_FILES[key].file}.csv`), 'utf8');
      expect(text.startsWith('\uFEFF'), key).toBe(true);
      expect(text, key).toBe(`\uFEFF${expectedHeaders(key).join(',')}\r\n`);
    }
    const bytes = await readFile(join(folder, 'dang-vien.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await readFile(join(folder, 'don-vi.csv'), 'utf8')).toBe(
      '\uFEFFTrường,Giá trị\r\nTên đảng bộ,\r\nTên cấp ủy,\r\nĐảng bộ cấp trên,\r\nĐịa danh,\r\nDiện tích km2,\r\nDân số,\r\nNgày số liệu,\r\nBiến động đầy đủ từ ngày,\r\n',
    );
    expect(await readFile(join(folder, TEMPLATE_GUIDE_FILE), 'utf8')).toBe(templateGuideMarkdown());
  });

  it('refuses a non-empty folder or a file unless told to overwrite', async () => {
    const folder = join(dir, 'co-san');
    await mkdir(folder);
    await writeFile(join(folder, 'ghi-chu.txt'), 'x');
    const error = await writeTemplateCsvFolder(folder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as Error).message).toContain('“co-san”');
    expect(await readdir(folder)).toEqual(['ghi-chu.txt']);
    await writeTemplateCsvFolder(folder, { overwrite: true });
    expect(await readdir(folder)).toContain('dang-vien.csv');
    expect(await readdir(folder)).toContain('ghi-chu.txt');
    await expect(
      writeTemplateCsvFolder(join(folder, 'ghi-chu.txt'), { overwrite: true }),
    ).rejects.toBeInstanceOf(InvalidArgumentError);
  });

  it('writes into an existing empty folder', async () => {
    const folder = join(dir, 'trong');
    await mkdir(folder);
    await expect(writeTemplateCsvFolder(folder)).resolves.toHaveLength(11);
  });
});

describe('templateGuideMarkdown', () => {
  it('lists every file and every column with its note and accepted values', () => {
    const guide = templateGuideMarkdown();
    for (const file of templateFiles()) {
      expect(guide).toContain(`## ${file.file}.csv (trang ${file.sheet})`);
      for (const column of file.columns) {
        expect(guide).toContain(`| ${column.header} |`);
        expect(guide).toContain(column.note.note);
        if (column.accepted) expect(guide).toContain(column.accepted);
      }
    }
    expect(guide).toContain('Chọn một trong: Hoàn thành xuất sắc nhiệm vụ;');
    expect(guide.endsWith('\n')).toBe(true);
  });
});
