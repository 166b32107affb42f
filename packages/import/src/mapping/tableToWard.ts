import { FIELD_HEADERS, labelKey } from '@org/party-core';
import { type ImportIssue, importIssue } from '../issues';
import type { Cell, Table } from '../table';
import { cellText, convertCell } from './convertCell';
import { FIELD_KINDS, type FieldKind } from './fieldKinds';
import { fieldOfHeader, isBlankRow, readFailure, sourceOf, type TableInfo } from './tableInfo';

const FIELD_COLUMN_KEYS = new Set(['truong', 'field', 'truongdulieu']);
const VALUE_COLUMN_KEYS = new Set(['giatri', 'value']);

/** Where one field of the ward record came from. */
export interface WardFieldLocation {
  readonly row: number;
  /** Header of the value column as written. */
  readonly column: string | undefined;
  readonly cell: Cell;
}

/** The ward record read from the `don-vi` table, with where each field came from. */
export interface WardRecord {
  readonly table: TableInfo;
  /** The raw ward record for core validation. */
  readonly ward: Record<string, unknown>;
  readonly fields: ReadonlyMap<string, WardFieldLocation>;
  readonly issues: ImportIssue[];
}

/**
 * Reads the ward's key/value table (`don-vi`, sheet `DonVi`): columns
 * `Trường` (field) and `Giá trị` (value), one row per field, the field named
 * by its Vietnamese header or its English alias. Without such a header row
 * the first two columns are taken as field and value (and a first row that
 * already names a field is read as data). An unknown field is a notice, a
 * field given twice an error (the first value is kept). Never throws.
 *
 * @see docs/data-contract.md §1.1
 * @example
 * const { ward } = await tableToWard(table); // { name: 'Đảng bộ phường Dương Kinh', population: 27339 }
 */
export async function tableToWard(
  table: Table,
  options: { onRow?: () => void } = {},
): Promise<WardRecord> {
  let info: TableInfo = {
    source: table.source,
    file: table.file,
    headerRow: 1,
    columns: new Map(),
  };
  if (table.sheet !== undefined) info = { ...info, sheet: table.sheet };
  const ward: Record<string, unknown> = {};
  const fields = new Map<string, WardFieldLocation>();
  const issues: ImportIssue[] = [];
  const kinds = FIELD_KINDS.ward as Readonly<Record<string, FieldKind>>;
  const headers = FIELD_HEADERS.ward as Readonly<Record<string, string>>;
  let keyIndex = 0;
  let valueIndex = 1;
  let valueHeader: string | undefined;
  let started = false;
  let lastRow = 0;
  try {
    for await (const { row, cells } of table.rows()) {
      options.onRow?.();
      lastRow = row;
      if (isBlankRow(cells)) continue;
      if (!started) {
        started = true;
        const keys = cells.map((cell) => labelKey(cellText(cell) ?? ''));
        const k = keys.findIndex((key) => FIELD_COLUMN_KEYS.has(key));
        const v = keys.findIndex((key) => VALUE_COLUMN_KEYS.has(key));
        if (k >= 0 && v >= 0) {
          keyIndex = k;
          valueIndex = v;
          valueHeader = cellText(cells[v]);
          info = { ...info, headerRow: row };
          continue;
        }
        const first = cellText(cells[0]);
        if (first === undefined || fieldOfHeader('ward', first) === undefined) {
          valueHeader = cellText(cells[1]);
          info = { ...info, headerRow: row };
          continue;
        }
      }
      const key = cellText(cells[keyIndex]);
      const cell = cells[valueIndex];
      if (key === undefined) {
        issues.push(
          importIssue('invalid-structure', { kind: 'ward' }, sourceOf(info, row), {
            message: {
              vi: 'Dòng này có giá trị nhưng không ghi tên trường ở cột “Trường”. Hãy ghi tên trường theo tệp mẫu hoặc xóa dòng.',
              en: 'This row has a value but no field name in the “Trường” column. Write the field name from the template or delete the row.',
            },
          }),
        );
        continue;
      }
      const field = fieldOfHeader('ward', key);
      if (field === undefined) {
        issues.push(
          importIssue('unknown-field', { kind: 'ward', field: key }, sourceOf(info, row, key), {
            value: cellText(cell),
          }),
        );
        continue;
      }
      if (fields.has(field)) {
        issues.push(
          importIssue('invalid-structure', { kind: 'ward', field }, sourceOf(info, row, key), {
            message: {
              vi: `Trường “${headers[field] ?? field}” được ghi hai lần; chỉ giá trị ở dòng ${fields.get(field)?.row} được dùng. Hãy xóa dòng thừa.`,
              en: `The field “${field}” is given twice; only the value on row ${fields.get(field)?.row} is used. Delete the extra row.`,
            },
          }),
        );
        continue;
      }
      fields.set(field, { row, column: valueHeader, cell });
      const value = convertCell(kinds[field] ?? 'text', cell);
      if (value !== undefined) ward[field] = value;
    }
  } catch (error) {
    issues.push(
      importIssue('invalid-structure', { kind: 'ward' }, sourceOf(info, lastRow + 1), {
        message: readFailure(error),
      }),
    );
  }
  return { table: info, ward, fields, issues };
}
