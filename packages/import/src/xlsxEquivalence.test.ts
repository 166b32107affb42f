import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { COLLECTION_FILES } from '@org/party-core';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dateCell,
  type FixtureCell,
  makeWorkbook,
  numberAsText,
} from '../test/fixtures/xlsx/makeWorkbook';
import { loadWholeWorkbook } from '../test/fixtures/xlsx/wholeWorkbook';
import { type RosterCell, writeRosterWorkbook } from '../test/fixtures/xlsx/writeRosterWorkbook';
import { readCsvFolder } from './csv/readCsvFolder';
import { importDataset } from './importDataset';
import type { Table } from './table';
import { readWorkbookBytes } from './xlsx/readWorkbookBytes';

const fixtures = new URL('../test/fixtures/', import.meta.url).pathname;
const sheetOf = new Map(Object.values(COLLECTION_FILES).map((f) => [`${f.file}.csv`, f.sheet]));

/**
 * The messy CSV folder as a workbook the way Excel would hold it: dates typed
 * as dd/mm/yyyy become real date cells, plain numbers become number cells.
 */
async function workbookFromCsv(dir: string, path: string): Promise<void> {
  const sheets = [];
  for (const table of await readCsvFolder(dir)) {
    const rows: FixtureCell[][] = [];
    for await (const { row, cells } of table.rows()) {
      rows[row - 1] = cells.map((cell) => {
        const text = typeof cell === 'string' ? cell : '';
        const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text);
        if (row > 1 && date) return dateCell(Number(date[3]), Number(date[2]), Number(date[1]));
        if (row > 1 && /^[1-9]\d{0,14}$/u.test(text)) return Number(text);
        return text === '' ? null : text;
      });
    }
    sheets.push({
      name: sheetOf.get(table.source) ?? table.source.replace(/\.csv$/u, ''),
      rows: [...rows].map((r) => r ?? []),
    });
  }
  await makeWorkbook(path, sheets);
}

describe('the same dataset as CSV and as XLSX', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('gives identical data and the same problems at the same rows and columns', async () => {
    dir = await mkdtemp(join(tmpdir(), 'party-xlsx-'));
    const workbook = join(dir, 'du-lieu.xlsx');
    await workbookFromCsv(join(fixtures, 'csv-messy'), workbook);
    const csv = await importDataset(join(fixtures, 'csv-messy'), { asOf: '2026-03-01' });
    const xlsx = await importDataset(workbook, { asOf: '2026-03-01' });
    expect(xlsx.format).toBe('xlsx');
    expect(xlsx.data).toEqual(csv.data);
    const where = (issues: typeof csv.issues) =>
      issues.map((i) => `${i.code} ${i.source.row ?? ''} ${i.source.column ?? ''}`);
    expect(where(xlsx.issues)).toEqual(where(csv.issues));
    expect(xlsx.ok).toBe(csv.ok);
  });

  it('keeps every digit of a 12-digit id stored as a number, and leading zeros of text', async () => {
    dir ??= await mkdtemp(join(tmpdir(), 'party-xlsx-'));
    const workbook = join(dir, 'ids.xlsx');
    const header = [
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
    const member = (id: FixtureCell) => [
      id,
      'Phạm Văn Long',
      dateCell(1980, 2, 29 - 1),
      'Nam',
      'Kinh',
      dateCell(2005, 3, 26),
      dateCell(2006, 3, 26),
      'CB1',
      'THPT',
    ];
    await makeWorkbook(workbook, [
      {
        name: 'ToChuc',
        rows: [
          ['Mã', 'Tên', 'Loại', 'Loại hình'],
          ['CB1', 'Chi bộ 1', 'Chi bộ cơ sở', 'Tổ dân phố'],
        ],
      },
      { name: 'DangVien', rows: [header, member(123456789012), member('012345678901'), member(7)] },
    ]);
    const result = await importDataset(workbook, { asOf: '2026-03-01' });
    expect(result.data.members.map((m) => m.id)).toEqual(['123456789012', '012345678901', '7']);
    expect(result.data.members[0]?.birthDate).toBe('1980-02-28');
    expect(result.ok).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// The streamed reader against the whole-workbook reader it replaced (exceljs
// `xlsx.load`, kept in test/fixtures/xlsx/wholeWorkbook.ts): the same tables,
// rows and cells, and the same import, issue for issue (sheet, row, column,
// value, messages).

const sample = new URL('../../../apps/duong-kinh/data/duong-kinh.xlsx', import.meta.url).pathname;
const asOf = '2026-03-01';

/** Every table's names and rows, keyed so that a missing or extra sheet shows. */
async function rowsOf(tables: readonly Table[]) {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows: unknown[] = [];
    for await (const row of table.rows()) rows.push(row);
    out[`${table.file}|${table.source}|${table.sheet}`] = rows;
  }
  return out;
}

/** The workbook at `path` read by both readers, and imported with each. */
async function bothWays(path: string) {
  const bytes = new Uint8Array(await readFile(path));
  const name = path.split('/').pop() ?? '';
  const wholeReader = async (file: string) =>
    loadWholeWorkbook(new Uint8Array(await readFile(file)), file.split('/').pop() ?? '');
  return {
    streamedRows: await rowsOf(await readWorkbookBytes(bytes, name)),
    wholeRows: await rowsOf(await loadWholeWorkbook(bytes, name)),
    streamed: await importDataset(path, { asOf }),
    whole: await importDataset(path, { asOf, readWorkbook: wholeReader }),
  };
}

function expectSame(result: Awaited<ReturnType<typeof bothWays>>) {
  expect(result.streamedRows).toEqual(result.wholeRows);
  expect(result.streamed.issues).toEqual(result.whole.issues);
  expect(result.streamed.data).toEqual(result.whole.data);
  expect(result.streamed.ok).toBe(result.whole.ok);
}

describe('the streamed reader gives what the whole-workbook reader gave', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'party-xlsx-stream-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('on the Dương Kinh sample workbook', async () => {
    const result = await bothWays(sample);
    expectSame(result);
    // The comparison has something in it.
    expect(Object.keys(result.streamedRows).length).toBeGreaterThan(3);
    expect(result.streamed.data.members.length).toBeGreaterThan(100);
  });

  it('on a corrupted workbook: bad dates, unknown labels, duplicates, merged cells, empty rows', async () => {
    const path = join(work, 'hong.xlsx');
    await writeRosterWorkbook(path, 200, {
      merges: { DangVien: ['B30:D30', 'E38:E40'], ToChuc: ['A3:B3'] },
      change: (sheet, index, cells) => {
        if (sheet !== 'DangVien') return cells;
        const changed = [...cells];
        if (index === 1) changed[2] = '31/02/1980'; // a date that does not exist
        if (index === 2) changed[2] = 12; // a number where a date belongs
        if (index === 3) changed[3] = 'Không rõ'; // a gender that is not a label
        if (index === 4) changed[0] = cells[0] ?? null; // same id as index 5 below
        if (index === 5) changed[0] = 100_000_000_004;
        if (index === 6) changed[8] = 'CB-KHONG-CO'; // an organisation that does not exist
        if (index === 7) changed[0] = numberAsText('012345678901').numberAsText;
        if (index === 9) changed[1] = '   ';
        if (index === 10) return [changed, [], [null, '  '], []]; // empty rows between
        if (index === 12) return undefined;
        if (index === 15) changed[6] = new Date(Date.UTC(1890, 0, 1)); // before Excel's epoch
        return changed;
      },
    });
    const result = await bothWays(path);
    expectSame(result);
    const codes = new Set(result.streamed.issues.map((issue) => issue.code));
    expect([...codes]).toEqual(
      expect.arrayContaining(['invalid-date', 'duplicate-id', 'unknown-organization', 'required']),
    );
    expect(codes.size).toBeGreaterThan(4);
    expect(result.streamed.issues.some((issue) => issue.source.sheet === 'DangVien')).toBe(true);
  });

  it('on a workbook with a missing column, a merged header, leading and trailing empty rows and an extra sheet', async () => {
    const path = join(work, 'thieu-cot.xlsx');
    const header = ['Mã đảng viên', 'Họ và tên', 'Giới tính', 'Dân tộc', 'Tổ chức'];
    await makeWorkbook(path, [
      {
        name: 'ToChuc',
        rows: [
          ['Mã', 'Tên', 'Loại', 'Loại hình'],
          ['CB1', 'Chi bộ 1', 'Chi bộ cơ sở', 'Tổ dân phố'],
          ['CB1', 'Chi bộ 1 (lặp)', 'Chi bộ cơ sở', 'Tổ dân phố'],
        ],
      },
      {
        name: 'DangVien',
        startRow: 3,
        merges: ['B3:C3', 'A6:B6'],
        styledEmptyRows: [9, 12, 13],
        rows: [
          header,
          ['DV1', 'Lê Thị Hoa', 'Nữ', 'Kinh', 'CB1'],
          [numberAsText('0012'), { richText: ['Trần ', 'Văn', ' B'] }, 'nam', 'Kinh', 'CB1'],
          ['DV3', 'Gộp', 'Nam', 'Kinh', 'CB1'],
          [],
          [{ formula: 'A4&"x"', result: 'DV1x' }, 'Ngô Văn C', 'Nam', { error: '#N/A' }, 'CB1'],
          [{ text: 'DV5', hyperlink: 'https://example.invalid' }, 'Đỗ Văn D', true, 7, 'CB2'],
        ],
      },
      { name: 'Sheet1', rows: [['ghi chú']] },
      { name: 'Trống', rows: [] },
    ]);
    const result = await bothWays(path);
    expectSame(result);
    expect(result.streamed.issues.length).toBeGreaterThan(3);
  });

  it('on a workbook written by hand: inline strings, formula strings, entities, the 1904 date system, phonetic runs, sheets out of order', async () => {
    const path = join(work, 'tay.xlsx');
    // Merged ranges whose other cells hold values, as other programs write them.
    const sheetXml = (rows: string, merges: readonly string[] = []) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:F9"/><sheetData>${rows}</sheetData><mergeCells count="${merges.length}">${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells><rowBreaks count="0"/></worksheet>`;
    const members = sheetXml(
      [
        '<row r="2" spans="1:6">',
        '<c r="A2" t="inlineStr"><is><t>Mã đảng viên</t></is></c>',
        '<c r="B2" t="s"><v>0</v></c>',
        '<c r="C2" t="s"><v>1</v></c>',
        '<c r="D2" t="inlineStr"><is><r><t>Giới </t></r><r><rPr><b/></rPr><t>tính</t></r></is></c>',
        '<c r="E2" t="inlineStr"><is><t>Tổ chức</t></is></c><c r="F2" s="1"/>',
        '</row>',
        '<row r="3"><c r="A3" t="str"><f>1</f><v>DV&amp;amp;1</v></c><c r="B3" t="s"><v>2</v></c>',
        '<c r="C3" s="1"><v>29000</v></c><c r="D3" t="inlineStr"><is><t xml:space="preserve"> Nam </t></is></c><c r="E3" t="s"><v>3</v></c></row>',
        '<row r="4"><c r="A4" t="inlineStr"><is><t>DV2</t></is></c><c r="B4" t="str"><v>A &lt;B&gt; &#x1EA0;</v></c>',
        '<c r="C4" s="1"><f>DATE(1980,1,1)</f><v>27759</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" t="e"><v>#REF!</v></c></row>',
        '<row r="6"><c r="A6"/><c r="B6" s="2"><v>12.5</v></c></row>',
        '<row r="7"><c r="A7" t="inlineStr"><is><t>DV3</t></is></c><c r="B7" t="s"><v>4</v></c><c r="C7" s="2"><v>0123</v></c><c r="D7" t="d"><v>2020-01-01</v></c></row>',
        '<row r="9" s="1" customFormat="1"/>',
      ].join(''),
      ['E2:F2', 'B7:C7', 'A3:A4'],
    );
    const strings = [
      'Họ và tên',
      'Ngày sinh',
      'Nguyễn &lt;Văn&gt; &amp;amp; A',
      'CB1',
      '<r><t>Phạm </t></r><r><rPr><i/></rPr><t>Thị</t></r><rPh sb="0" eb="1"><t>ファム</t></rPh>',
    ];
    const shared = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">${strings
      .map((text) => (text.startsWith('<r>') ? `<si>${text}</si>` : `<si><t>${text}</t></si>`))
      .join('')}</sst>`;
    const styles = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="49"/></cellXfs></styleSheet>`;
    const orgs = sheetXml(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã</t></is></c><c r="B1" t="inlineStr"><is><t>Tên</t></is></c><c r="C1" t="inlineStr"><is><t>Loại</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>CB1</t></is></c><c r="B2" t="inlineStr"><is><t>Chi bộ 1</t></is></c><c r="C2" t="inlineStr"><is><t>Chi bộ cơ sở</t></is></c></row>',
    );
    const zip = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      // The members' sheet comes before the sharedStrings part and is listed second.
      'xl/worksheets/sheet2.xml': strToU8(members),
      'xl/worksheets/sheet1.xml': strToU8(orgs),
      'xl/workbook.xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets><sheet name="ToChuc" sheetId="2" r:id="rId2"/><sheet name="DangVien" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
      ),
      'xl/sharedStrings.xml': strToU8(shared),
      'xl/styles.xml': strToU8(styles),
    });
    await writeFile(path, zip);
    const result = await bothWays(path);
    expectSame(result);
    const rows = result.streamedRows['tay.xlsx|DangVien|DangVien'] as { cells: unknown[] }[];
    expect(rows[0]?.cells).toEqual([
      'Mã đảng viên',
      'Họ và tên',
      'Ngày sinh',
      'Giới tính',
      'Tổ chức',
      'Tổ chức',
    ]);
    expect(rows.length).toBeGreaterThan(4);
  });

  // Generated rosters (core's large-dataset generator), written as Excel
  // keeps them, with random damage: cells replaced, rows left empty or
  // dropped, ranges merged. The import must give the same result either way.
  const damage = fc.oneof(
    fc.constantFrom<RosterCell>(
      null,
      '',
      '  ',
      '31/02/1980',
      '1/1/1890',
      'Không rõ',
      'CB999',
      '0123',
      'x',
      '&<>"\'',
    ),
    fc.string({ maxLength: 10 }),
    fc.integer({ min: -5, max: 100_000_000_100 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
    fc
      .date({
        min: new Date('1899-12-31T00:00:00Z'),
        max: new Date('2100-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
      .map(
        (date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())),
      ),
  );
  const column = (n: number) => String.fromCharCode(65 + n);
  test.prop(
    [
      fc.integer({ min: 1, max: 150 }),
      fc.array(
        fc.record({
          row: fc.nat(160),
          column: fc.nat(14),
          value: damage,
          empty: fc.constantFrom('none', 'after', 'drop'),
        }),
        { maxLength: 25 },
      ),
      fc.array(
        fc
          .tuple(fc.integer({ min: 1, max: 40 }), fc.nat(13), fc.nat(3), fc.nat(2))
          .map(([top, left, height, width]) => ({ top, left, height, width })),
        { maxLength: 3 },
      ),
    ],
    { numRuns: 12 },
  )('on generated rosters with random damage', async (members, changes, ranges) => {
    const path = join(work, `roster-${members}-${changes.length}.xlsx`);
    // Merged ranges must not overlap each other.
    const taken = new Set<string>();
    const merges: string[] = [];
    for (const { top, left, height, width } of ranges) {
      const cells: string[] = [];
      for (let r = top; r <= top + height; r += 1)
        for (let c = left; c <= left + width; c += 1) cells.push(`${r}:${c}`);
      if (cells.length < 2 || cells.some((cell) => taken.has(cell))) continue;
      for (const cell of cells) taken.add(cell);
      merges.push(`${column(left)}${top}:${column(left + width)}${top + height}`);
    }
    await writeRosterWorkbook(path, members, {
      merges: { DangVien: merges },
      change: (sheet, index, cells) => {
        if (sheet !== 'DangVien') return cells;
        const changed = [...cells];
        let after = false;
        for (const change of changes) {
          if (change.row !== index) continue;
          if (change.empty === 'drop') return undefined;
          if (change.empty === 'after') after = true;
          changed[change.column] = change.value;
        }
        return after ? [changed, []] : changed;
      },
    });
    const result = await bothWays(path);
    expectSame(result);
  });
});
