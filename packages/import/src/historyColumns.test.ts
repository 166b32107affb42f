import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTION_FILES, FIELD_HEADERS } from '@org/party-core';
import { afterAll, describe, expect, it } from 'vitest';
import { dateCell, type FixtureCell, makeWorkbook } from '../test/fixtures/xlsx/makeWorkbook';
import { importDataset } from './importDataset';

/**
 * The history columns of data contract version 2 (§4.1), read from every
 * format: the example ward with two years of history, written out as a CSV
 * folder and as a workbook with the contract's Vietnamese headers, must import
 * to exactly the data of its canonical JSON. Its planning gains one post held
 * by two people, for `Số lượng chức danh`.
 */
const example = new URL('../../../examples/ward-history/dataset.json', import.meta.url).pathname;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;

type Row = Record<string, unknown>;
type Table = { file: string; sheet: string; header: string[]; rows: unknown[][] };

/** Every file of a dataset as a table with the contract's headers; the ward file is field–value. */
function tablesOf(data: Record<string, unknown>): Table[] {
  const ward = data.ward as Row;
  const wardRows = Object.entries(FIELD_HEADERS.ward)
    .filter(([field]) => ward[field] !== undefined)
    .map(([field, header]) => [header, ward[field]]);
  const tables: Table[] = [
    { ...COLLECTION_FILES.ward, header: ['Trường', 'Giá trị'], rows: wardRows },
  ];
  for (const [name, layout] of Object.entries(COLLECTION_FILES)) {
    if (name === 'ward') continue;
    // A field that shares its header with an earlier one (`roleText` beside
    // `role`) is read from that same column.
    const fields = Object.entries(FIELD_HEADERS[name as keyof typeof FIELD_HEADERS]).filter(
      ([, header], index, all) => all.findIndex(([, other]) => other === header) === index,
    );
    const rows = ((data[name] ?? []) as Row[]).map((row) => fields.map(([field]) => row[field]));
    tables.push({ ...layout, header: fields.map(([, header]) => header), rows });
  }
  return tables;
}

const text = (value: unknown): string => {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  const date = typeof value === 'string' ? ISO.exec(value) : null;
  // Dates the way an office types them: dd/mm/yyyy.
  return date ? `${date[3]}/${date[2]}/${date[1]}` : String(value);
};
const quoted = (cell: string) => (/[",\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A workbook cell as Excel holds it: dates as date cells, numbers as numbers. */
const xlsxCell = (value: unknown): FixtureCell => {
  const date = typeof value === 'string' ? ISO.exec(value) : null;
  if (date) return dateCell(Number(date[1]), Number(date[2]), Number(date[3]));
  if (typeof value === 'number') return value;
  const shown = text(value);
  return shown === '' ? null : shown;
};

describe('the history columns of contract version 2 in CSV and XLSX', () => {
  let dir: string | undefined;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('import to exactly the data of the canonical JSON, from a CSV folder and from a workbook', async () => {
    dir = await mkdtemp(join(tmpdir(), 'party-history-'));
    const source = JSON.parse(await readFile(example, 'utf8')) as Record<string, unknown>;
    source.planning = [
      { term: '2025-2030', position: 'Phó Bí thư Đảng ủy', memberId: 'M01', seats: 2 },
      { term: '2025-2030', position: 'Phó Bí thư Đảng ủy', memberId: 'M02' },
    ];
    const jsonPath = join(dir, 'dataset.json');
    await writeFile(jsonPath, JSON.stringify(source));
    const json = await importDataset(jsonPath, {});
    expect(json.ok).toBe(true);

    const tables = tablesOf(json.data as Record<string, unknown>);
    const csvDir = join(dir, 'csv');
    await mkdir(csvDir);
    for (const table of tables) {
      const lines = [table.header, ...table.rows.map((row) => row.map(text))];
      await writeFile(
        join(csvDir, `${table.file}.csv`),
        lines.map((line) => line.map(quoted).join(',')).join('\n'),
      );
    }
    const workbook = join(dir, 'du-lieu.xlsx');
    await makeWorkbook(
      workbook,
      tables.map((table) => ({
        name: table.sheet,
        rows: [table.header, ...table.rows.map((row) => row.map(xlsxCell))],
      })),
    );

    for (const path of [csvDir, workbook]) {
      const imported = await importDataset(path, {});
      expect(
        imported.issues.filter((issue) => issue.severity === 'error'),
        path,
      ).toEqual([]);
      expect(imported.data, path).toEqual(json.data);
    }

    // The new columns are really there, so the comparison above is not of empty fields.
    const data = json.data as {
      ward: Row;
      members: Row[];
      organizations: Row[];
      movements: Row[];
      planning: Row[];
    };
    expect(data.ward).toMatchObject({ dataDate: '2026-03-01', movementsFrom: '2024-01-01' });
    expect(data.members.filter((m) => m.leftOn !== undefined)).toHaveLength(4);
    expect(data.members.some((m) => m.exempt === '2025-10-01')).toBe(true);
    expect(data.organizations).toContainEqual(
      expect.objectContaining({ dissolvedOn: '2025-07-01', mergedInto: 'CB01' }),
    );
    expect(data.movements.some((m) => m.fromOrg !== undefined)).toBe(true);
    expect(data.planning.map((p) => p.seats)).toEqual([2, undefined]);
  });
});
