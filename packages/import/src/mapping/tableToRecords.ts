import {
  type CodeList,
  type CollectionName,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
} from '@org/party-core';
import { type ImportIssue, importIssue } from '../issues';
import type { Cell, Table } from '../table';
import { cellText, convertCell } from './convertCell';
import { FIELD_KINDS, type FieldKind } from './fieldKinds';
import {
  fieldOfHeader,
  isBlankRow,
  type MatchedColumn,
  readFailure,
  sourceOf,
  type TableInfo,
  type TableTarget,
} from './tableInfo';

/**
 * Where one record came from: its table and row. The row's cells are not
 * kept, so a roster of millions of rows is held once, as records; the cells
 * of the few rows that have problems are read again to show their values.
 */
export interface RecordLocation {
  readonly table: TableInfo;
  readonly row: number;
}

/** The records read from one table, with where each came from and the table's own problems. */
export interface TableRecords {
  /** The collection the table holds. */
  readonly collection: CollectionName;
  /** The table's header and source; `columns` is empty when the table has no header. */
  readonly table: TableInfo;
  /** The table itself, to read again the rows whose cells an issue shows. */
  readonly source: Table;
  /** One raw record per data row, in row order, for core validation. */
  readonly records: Record<string, unknown>[];
  /** Where each record came from, at the same index. */
  readonly locations: RecordLocation[];
  /** Problems of the table itself: unknown, unnamed or repeated columns, long rows, a read failure. */
  readonly issues: ImportIssue[];
}

/** Options of {@link tableToRecords}. */
export interface TableToRecordsOptions {
  /** Called once per row read (header and blank rows included), for progress. */
  readonly onRow?: () => void;
}

interface FieldColumn extends MatchedColumn {
  readonly field: string;
  readonly kind: FieldKind;
  readonly list: CodeList<string> | undefined;
  /**
   * The value of each text cell already converted in this column: labels,
   * dates and org codes repeat on every row, and one conversion (NFC,
   * trimming, label matching, date parsing) serves them all and shares one
   * string. Dropped once the column shows itself mostly unique (ids, names).
   */
  cache: Map<string, unknown> | undefined;
}

/** Rows after which a column whose cells are mostly distinct stops being cached. */
const CACHE_PROBE_ROWS = 10_000;
/** The most values one column's cache holds (the national roster has about 62,000 cells). */
const CACHE_MAX = 200_000;

/** {@link convertCell} through the column's cache; the same value for the same cell. */
function convertColumnCell(column: FieldColumn, cell: Cell, rows: number): unknown {
  const cache = column.cache;
  if (cache === undefined || typeof cell !== 'string') {
    return convertCell(column.kind, cell, column.list);
  }
  const known = cache.get(cell);
  if (known !== undefined || cache.has(cell)) return known;
  const value = convertCell(column.kind, cell, column.list);
  if (rows >= CACHE_PROBE_ROWS && cache.size * 2 > rows) column.cache = undefined;
  else if (cache.size < CACHE_MAX) cache.set(cell, value);
  return value;
}

/** The header analysis of a table: the fields found and the problems of the header row. */
export interface HeaderAnalysis {
  readonly columns: Map<string, MatchedColumn>;
  /** Columns whose header is empty, by position. */
  readonly unnamed: ReadonlySet<number>;
  readonly issues: ImportIssue[];
}

/**
 * Reads a header row (dòng tiêu đề): each header is matched to a field by
 * {@link fieldOfHeader}. An unknown header is reported once as a notice
 * (`unknown-field`) and its column is kept aside; a second column for the
 * same field is an error (`invalid-structure`) and its cells are not used.
 *
 * @see docs/data-contract.md §1 (headers), §2 (bad input)
 * @example
 * analyzeHeader('members', { source: 'dang-vien.csv', file: 'dang-vien.csv' }, 1, ['Mã đảng viên', 'ngay sinh'])
 */
export function analyzeHeader(
  target: TableTarget,
  table: Pick<TableInfo, 'source' | 'file' | 'sheet'>,
  headerRow: number,
  cells: readonly Cell[],
): HeaderAnalysis {
  const columns = new Map<string, MatchedColumn>();
  const unnamed = new Set<number>();
  const issues: ImportIssue[] = [];
  const headers = FIELD_HEADERS[target] as Readonly<Record<string, string>>;
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === undefined) {
      unnamed.add(index);
      return;
    }
    const field = fieldOfHeader(target, header);
    const source = sourceOf(table, headerRow, header);
    if (field === undefined) {
      issues.push(importIssue('unknown-field', { kind: target, field: header }, source));
      return;
    }
    const first = columns.get(field);
    if (first === undefined) {
      columns.set(field, { index, header });
      return;
    }
    const fieldVi = headers[field] ?? field;
    issues.push(
      importIssue('invalid-structure', { kind: target, field }, source, {
        message: {
          vi: `Cột “${header}” trùng với cột “${first.header}” (cùng là cột “${fieldVi}”) nên dữ liệu của cột này không được dùng. Hãy xóa hoặc đổi tên một trong hai cột.`,
          en: `The column “${header}” repeats the column “${first.header}” (both are “${field}”), so its cells are not used. Delete or rename one of the two columns.`,
        },
      }),
    );
  });
  return { columns, unnamed, issues };
}

/**
 * Turns a table of a collection into raw records for core validation, one
 * per data row, keeping where each came from (data contract §1 and §2).
 *
 * The first non-blank row is the header. Each data row gives a record with
 * the fields of its matched columns, converted by {@link convertCell}; an
 * empty cell leaves its field absent. A position whose role is not in the
 * list gets role `other` and the text as written in `roleText`. Blank rows
 * are not records. Cells beyond the header's width are reported on their row
 * (the record is still read). A table that stops being readable is reported
 * at the first row not read; every row before it is kept. Never throws.
 *
 * @see docs/data-contract.md §1 (input), §2 (bad input)
 * @example
 * const { records, locations, issues } = await tableToRecords(table, 'members');
 */
export async function tableToRecords(
  table: Table,
  collection: CollectionName,
  options: TableToRecordsOptions = {},
): Promise<TableRecords> {
  const records: Record<string, unknown>[] = [];
  const locations: RecordLocation[] = [];
  const issues: ImportIssue[] = [];
  const kinds = FIELD_KINDS[collection] as Readonly<Record<string, FieldKind>>;
  const lists = (FIELD_CODE_LISTS[collection] ?? {}) as Readonly<Record<string, CodeList<string>>>;
  let info: TableInfo = {
    source: table.source,
    file: table.file,
    headerRow: 1,
    columns: new Map(),
  };
  if (table.sheet !== undefined) info = { ...info, sheet: table.sheet };
  let fields: FieldColumn[] = [];
  let roleColumn: FieldColumn | undefined;
  let width = 0;
  let unnamed: ReadonlySet<number> = new Set();
  const unnamedWithData = new Map<number, number>();
  let header = false;
  let lastRow = 0;
  const idLengths = new Map<FieldColumn, IdLengths>();
  try {
    for await (const { row, cells } of table.rows()) {
      options.onRow?.();
      lastRow = row;
      if (isBlankRow(cells)) continue;
      if (!header) {
        header = true;
        const analysis = analyzeHeader(collection, info, row, cells);
        info = { ...info, headerRow: row, columns: analysis.columns };
        issues.push(...analysis.issues);
        unnamed = analysis.unnamed;
        width = cells.length;
        fields = [...analysis.columns].map(([field, column]) => ({
          ...column,
          field,
          kind: kinds[field] ?? 'text',
          list: lists[field],
          cache: new Map(),
        }));
        roleColumn = fields.find((column) => column.kind === 'role');
        continue;
      }
      const record: Record<string, unknown> = {};
      for (const column of fields) {
        const cell = cells[column.index];
        const value = convertColumnCell(column, cell, records.length);
        if (value === undefined) continue;
        record[column.field] = value;
        if (column.kind === 'id') countIdLength(idLengths, column, value, cell, records.length);
      }
      if (roleColumn && record.role === 'other' && record.roleText === undefined) {
        const text = cellText(cells[roleColumn.index]);
        if (text !== undefined && roleColumn.list?.match(text) === undefined) {
          record.roleText = text;
        }
      }
      for (const index of unnamed) {
        if (!unnamedWithData.has(index) && cellText(cells[index]) !== undefined) {
          unnamedWithData.set(index, row);
        }
      }
      if (cells.length > width && !isBlankRow(cells.slice(width))) {
        issues.push(
          importIssue(
            'invalid-structure',
            { kind: collection, index: records.length },
            sourceOf(info, row),
            {
              params: { cells: cells.length, columns: width },
              message: {
                vi: `Dòng này có ${cells.length} ô, nhiều hơn ${width} cột của dòng tiêu đề; các ô thừa không được dùng. Thường do một ô chứa dấu phân cách mà không được đặt trong ngoặc kép; hãy sửa dòng này.`,
                en: `This row has ${cells.length} cells, more than the ${width} columns of the header; the extra cells are not used. Usually a cell holds the separator without quotes; correct this row.`,
              },
            },
          ),
        );
      }
      records.push(record);
      locations.push({ table: info, row });
    }
  } catch (error) {
    issues.push(
      importIssue('invalid-structure', { kind: collection }, sourceOf(info, lastRow + 1), {
        message: readFailure(error),
      }),
    );
  }
  issues.push(...lostLeadingZeros(idLengths, collection, info, records, locations));
  for (const [index, row] of unnamedWithData) {
    issues.push(
      importIssue(
        'unknown-field',
        { kind: collection, field: `#${index + 1}` },
        sourceOf(info, row),
        {
          params: { column: index + 1 },
          message: {
            vi: `Cột thứ ${index + 1} không có tiêu đề nhưng có dữ liệu (từ dòng ${row}) nên không được dùng. Hãy đặt tiêu đề theo tệp mẫu hoặc xóa cột này.`,
            en: `Column ${index + 1} has no header but holds data (from row ${row}), so it is not used. Give it a header from the template or delete it.`,
          },
        },
      ),
    );
  }
  return { collection, table: info, source: table, records, locations, issues };
}

/** Lengths of the all-digit ids of one column, and where its number cells are by length. */
interface IdLengths {
  readonly all: Map<number, number>;
  readonly numberCells: Map<number, number[]>;
}

const DIGITS = /^\d+$/u;

function countIdLength(
  byColumn: Map<FieldColumn, IdLengths>,
  column: FieldColumn,
  value: unknown,
  cell: Cell,
  recordIndex: number,
): void {
  if (typeof value !== 'string' || !DIGITS.test(value)) return;
  let lengths = byColumn.get(column);
  if (!lengths) {
    lengths = { all: new Map(), numberCells: new Map() };
    byColumn.set(column, lengths);
  }
  lengths.all.set(value.length, (lengths.all.get(value.length) ?? 0) + 1);
  if (typeof cell !== 'number') return;
  const at = lengths.numberCells.get(value.length);
  if (at) at.push(recordIndex);
  else lengths.numberCells.set(value.length, [recordIndex]);
}

/**
 * A lost leading zero (data contract §4.4): an id cell stored as a number
 * (only workbooks have number cells; CSV cells are text) whose digits are
 * fewer than the usual length of the all-digit ids of its column (the most
 * frequent length, the longer on a tie), as `0123` typed into a number cell
 * becomes `123`. A warning naming the cell; the value is kept as read.
 */
function lostLeadingZeros(
  byColumn: ReadonlyMap<FieldColumn, IdLengths>,
  collection: CollectionName,
  info: TableInfo,
  records: readonly Record<string, unknown>[],
  locations: readonly RecordLocation[],
): ImportIssue[] {
  const found: { index: number; issue: ImportIssue }[] = [];
  for (const [column, lengths] of byColumn) {
    let usual = 0;
    let most = 0;
    for (const [length, count] of lengths.all) {
      if (count > most || (count === most && length > usual)) [usual, most] = [length, count];
    }
    for (const [length, indices] of lengths.numberCells) {
      if (length >= usual) continue;
      for (const index of indices) {
        const issue = importIssue(
          'lost-leading-zero',
          { kind: collection, index, field: column.field },
          sourceOf(info, locations[index]?.row, column.header),
          { value: records[index]?.[column.field], params: { length: usual } },
        );
        found.push({ index, issue });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.issue);
}
