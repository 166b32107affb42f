import {
  COLLECTION_FILES,
  COLLECTION_NAMES,
  type CollectionName,
  type Dataset,
  FIELD_HEADERS,
  type IssueLocation,
  RecordKind,
  type ValidationIssue,
  validateDataset,
} from '@org/party-core';
import {
  type ImportIssue,
  type ImportSource,
  type IssueLocator,
  importIssue,
  toImportIssues,
} from '../issues';
import type { Cell, Table } from '../table';
import { TEMPLATE_LISTS_SHEET } from '../template/templateContent';
import { shownCell, sourceOf, type TableTarget, tableTarget } from './tableInfo';
import { type TableRecords, tableToRecords } from './tableToRecords';
import { tableToWard, type WardRecord } from './tableToWard';

/** The input formats of a ward dataset. */
export type ImportFormat = 'csv' | 'xlsx' | 'json';

/** What an import gives: the dataset, every problem with its place in the files, and the format read. */
export interface ImportResult {
  /** `true` when no issue is an error. */
  readonly ok: boolean;
  /** The dataset of every record that could be read (core's `validateDataset` data). */
  readonly data: Dataset;
  /** Every problem, errors, warnings and notices, by file in contract order, then by row. */
  readonly issues: ImportIssue[];
  /** The format that was read. */
  readonly format: ImportFormat;
}

/** Options of {@link importTables}. */
export interface ImportTablesOptions {
  /** Reference date (ISO `yyyy-mm-dd`) for validation; also recorded as the dataset's `asOf`. */
  readonly asOf?: string;
  /** Called with the number of rows read so far, every 10 000 rows and at the end. */
  readonly onProgress?: (rowsRead: number) => void;
  /** The workbook's file name, to name a missing sheet when no sheet gives it. */
  readonly workbook?: string;
}

const PROGRESS_STEP = 10_000;
const KIND_ORDER = new Map<string, number>(RecordKind.options.map((kind, i) => [kind, i]));

/** Where a collection's missing file (or sheet) is expected. */
function expectedSource(
  target: TableTarget,
  format: 'csv' | 'xlsx',
  workbook: string,
): ImportSource {
  const names = COLLECTION_FILES[target];
  return format === 'csv' ? { file: `${names.file}.csv` } : { file: workbook, sheet: names.sheet };
}

function expectedNames(format: 'csv' | 'xlsx'): string {
  return (['ward', ...COLLECTION_NAMES] as const)
    .map((target) =>
      format === 'csv' ? `${COLLECTION_FILES[target].file}.csv` : COLLECTION_FILES[target].sheet,
    )
    .join(', ');
}

class TablesLocator implements IssueLocator {
  constructor(
    private readonly collections: Partial<Record<CollectionName, TableRecords>>,
    private readonly ward: WardRecord | undefined,
    private readonly expected: (target: TableTarget) => ImportSource,
    /** Cells of the rows that have issues, read again after validation, by table. */
    private readonly cells: ReadonlyMap<TableRecords, ReadonlyMap<number, readonly Cell[]>>,
  ) {}

  locate(location: IssueLocation): { source: ImportSource; value?: unknown } {
    const { kind, field } = location;
    if (kind === 'dataset') {
      const target = (['ward', ...COLLECTION_NAMES] as string[]).includes(field ?? '')
        ? (field as TableTarget)
        : 'members';
      return { source: this.expected(target) };
    }
    if (kind === 'ward') {
      if (!this.ward) return { source: this.expected('ward') };
      const place = field === undefined ? undefined : this.ward.fields.get(field);
      if (!place) return { source: sourceOf(this.ward.table) };
      return {
        source: sourceOf(this.ward.table, place.row, place.column),
        value: shownCell(place.cell),
      };
    }
    const records = this.collections[kind];
    if (!records) return { source: this.expected(kind) };
    const record = location.index === undefined ? undefined : records.locations[location.index];
    const headers = FIELD_HEADERS[kind] as Readonly<Record<string, string>>;
    const column =
      field === undefined
        ? undefined
        : (records.table.columns.get(field) ??
          (field === 'roleText' ? records.table.columns.get('role') : undefined));
    const header = column?.header ?? (field === undefined ? undefined : (headers[field] ?? field));
    if (!record) return { source: sourceOf(records.table, undefined, header) };
    return {
      source: sourceOf(records.table, record.row, header),
      value: column
        ? shownCell(this.cells.get(records)?.get(record.row)?.[column.index])
        : undefined,
    };
  }
}

/**
 * Imports a ward dataset from tables (a CSV folder's files or a workbook's
 * sheets), the format-free part of `importDataset`: each table is
 * matched to the ward or a collection by its name, read into raw records,
 * validated by core `validateDataset` with `asOf`, and every issue gets its
 * file, sheet, row, column header as written and cell value.
 *
 * Nothing is silently dropped: a table whose name is not in the contract is
 * a notice, a second table for the same collection an error, and every data
 * row is a record or an issue. A required column missing from a file is
 * reported once, with the number of rows, instead of once per row.
 *
 * @see docs/data-contract.md §1 (input), §2 (bad input)
 * @example
 * const result = await importTables(await readCsvFolder('du-lieu'), 'csv', { asOf: '2026-03-01' });
 */
export async function importTables(
  tables: readonly Table[],
  format: 'csv' | 'xlsx',
  options: ImportTablesOptions = {},
): Promise<ImportResult & { readonly format: 'csv' | 'xlsx' }> {
  const workbook = tables.find((table) => table.sheet !== undefined);
  const workbookName = options.workbook ?? (workbook ? sourceOf(workbook).file : '');
  const expected = (target: TableTarget) => expectedSource(target, format, workbookName);
  const collections: Partial<Record<CollectionName, TableRecords>> = {};
  let ward: WardRecord | undefined;
  const tableIssues: ImportIssue[] = [];
  const seen = new Map<TableTarget, Table>();
  let rowsRead = 0;
  const onRow = () => {
    rowsRead += 1;
    if (rowsRead % PROGRESS_STEP === 0) options.onProgress?.(rowsRead);
  };

  for (const table of tables) {
    // The hidden sheet of drop-down lists in our own template holds no records.
    if (table.sheet === TEMPLATE_LISTS_SHEET) continue;
    const target = tableTarget(table);
    const what = table.sheet === undefined ? 'Tệp' : 'Trang tính';
    const whatEn = table.sheet === undefined ? 'The file' : 'The sheet';
    if (target === undefined) {
      tableIssues.push(
        importIssue('unknown-field', { kind: 'dataset', field: table.source }, sourceOf(table), {
          message: {
            vi: `${what} “${table.source}” không thuộc mẫu dữ liệu nên không được đọc. Tên cần là một trong: ${expectedNames(format)}. Nếu tên bị sai chính tả, hãy sửa lại.`,
            en: `${whatEn} “${table.source}” is not part of the data contract and is not read. Names are: ${expectedNames(format)}. If the name is misspelt, correct it.`,
          },
        }),
      );
      continue;
    }
    const first = seen.get(target);
    if (first) {
      tableIssues.push(
        importIssue(
          'invalid-structure',
          { kind: target === 'ward' ? 'ward' : target },
          sourceOf(table),
          {
            message: {
              vi: `${what} “${table.source}” chứa cùng loại dữ liệu (${COLLECTION_FILES[target].vi}) với “${first.source}” nên không được đọc. Hãy gộp hai bảng thành một.`,
              en: `${whatEn} “${table.source}” holds the same kind of data (${COLLECTION_FILES[target].en}) as “${first.source}” and is not read. Merge the two tables into one.`,
            },
          },
        ),
      );
      continue;
    }
    seen.set(target, table);
    if (target === 'ward') ward = await tableToWard(table, { onRow });
    else collections[target] = await tableToRecords(table, target, { onRow });
  }
  options.onProgress?.(rowsRead);

  const raw: Record<string, unknown> = {};
  if (options.asOf !== undefined) raw.asOf = options.asOf;
  if (ward) raw.ward = ward.ward;
  for (const name of COLLECTION_NAMES) {
    const records = collections[name];
    if (records) raw[name] = records.records;
  }
  // The raw records were built only for validation: each is let go once read.
  const validation = validateDataset(raw, { asOf: options.asOf, releaseInput: true });
  const locator = new TablesLocator(
    collections,
    ward,
    expected,
    await cellsOfIssueRows(validation.issues, collections),
  );
  const coreIssues = collapseMissingColumns(
    toImportIssues(validation.issues, locator).map((issue) => missingTableMessage(issue, format)),
    collections,
  );
  const issues = [
    ...tableIssues,
    ...(ward?.issues ?? []),
    ...COLLECTION_NAMES.flatMap((name) => collections[name]?.issues ?? []),
    ...coreIssues,
  ]
    .map((issue, order) => ({ issue, order }))
    .sort(
      (a, b) =>
        (KIND_ORDER.get(a.issue.location.kind) ?? 0) -
          (KIND_ORDER.get(b.issue.location.kind) ?? 0) ||
        (a.issue.source.row ?? 0) - (b.issue.source.row ?? 0) ||
        a.order - b.order,
    )
    .map(({ issue }) => issue);
  return {
    ok: !issues.some((issue) => issue.severity === 'error'),
    data: validation.data,
    issues,
    format,
  };
}

/**
 * Reads again, table by table, only the rows that issues point at, to show
 * the values as written. Records keep no cells, so large files are held once.
 */
async function cellsOfIssueRows(
  issues: readonly ValidationIssue[],
  collections: Partial<Record<CollectionName, TableRecords>>,
): Promise<Map<TableRecords, Map<number, readonly Cell[]>>> {
  const wanted = new Map<TableRecords, Set<number>>();
  for (const issue of issues) {
    for (const location of [issue.location, issue.related]) {
      if (!location || location.index === undefined) continue;
      if (location.kind === 'dataset' || location.kind === 'ward') continue;
      const records = collections[location.kind];
      const record = records?.locations[location.index];
      if (!records || !record) continue;
      const rows = wanted.get(records) ?? new Set<number>();
      rows.add(record.row);
      wanted.set(records, rows);
    }
  }
  const cells = new Map<TableRecords, Map<number, readonly Cell[]>>();
  for (const [records, rows] of wanted) {
    const found = new Map<number, readonly Cell[]>();
    try {
      for await (const { row, cells: rowCells } of records.source.rows()) {
        if (rows.has(row)) found.set(row, rowCells);
        if (found.size === rows.size) break;
      }
    } catch {
      // The table could be read once; if it cannot be read again, issues show no value.
    }
    cells.set(records, found);
  }
  return cells;
}

/** A required file or sheet that is missing is named as the user must create it. */
function missingTableMessage(issue: ImportIssue, format: 'csv' | 'xlsx'): ImportIssue {
  if (issue.code !== 'required' || issue.location.kind !== 'dataset') return issue;
  const field = issue.location.field as CollectionName | undefined;
  if (field === undefined || !(field in COLLECTION_FILES)) return issue;
  const names = COLLECTION_FILES[field];
  const name = format === 'csv' ? `${names.file}.csv` : names.sheet;
  const [what, whatEn] = format === 'csv' ? ['tệp', 'file'] : ['trang tính', 'sheet'];
  return {
    ...issue,
    message: {
      vi: `Thiếu ${what} bắt buộc “${name}” (${names.vi}). Hãy thêm ${what} này theo tệp mẫu.`,
      en: `The required ${whatEn} “${name}” (${names.en}) is missing. Add it from the template.`,
    },
  };
}

/**
 * A required column missing from a file makes core report every row; those
 * issues become one per file and column, with the number of rows.
 */
function collapseMissingColumns(
  issues: ImportIssue[],
  collections: Partial<Record<CollectionName, TableRecords>>,
): ImportIssue[] {
  const firsts = new Map<string, { issue: ImportIssue; rows: number }>();
  const out: ImportIssue[] = [];
  for (const issue of issues) {
    const { kind, field, index } = issue.location;
    const records = kind === 'dataset' || kind === 'ward' ? undefined : collections[kind];
    const missing =
      issue.code === 'required' &&
      records !== undefined &&
      index !== undefined &&
      field !== undefined &&
      !records.table.columns.has(field);
    if (!missing) {
      out.push(issue);
      continue;
    }
    const key = `${kind}\u0000${field}`;
    const first = firsts.get(key);
    if (first) {
      first.rows += 1;
      continue;
    }
    const entry = { issue, rows: 1 };
    firsts.set(key, entry);
    out.push(issue);
  }
  return out.map((issue) => {
    const { kind, field } = issue.location;
    const entry = firsts.get(`${kind}\u0000${field ?? ''}`);
    if (!entry || entry.issue !== issue || kind === 'dataset' || kind === 'ward') return issue;
    const records = collections[kind];
    const headers = FIELD_HEADERS[kind] as Readonly<Record<string, string>>;
    const header = headers[field ?? ''] ?? field ?? '';
    const file = issue.source.sheet ?? issue.source.file;
    const source: ImportSource = { ...issue.source, column: header };
    if (records) source.row = records.table.headerRow;
    return {
      ...issue,
      location: { kind, field },
      source,
      params: { ...issue.params, rows: entry.rows },
      message: {
        vi: `“${file}” không có cột bắt buộc “${header}” nên ${entry.rows} dòng thiếu giá trị này. Hãy thêm cột “${header}” theo tệp mẫu.`,
        en: `“${file}” has no column “${header}” (${field}), which is required, so ${entry.rows} row(s) lack it. Add the column from the template.`,
      },
    };
  });
}
