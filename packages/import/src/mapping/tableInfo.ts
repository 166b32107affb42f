import {
  COLLECTION_FILES,
  COLLECTION_NAMES,
  type CollectionName,
  FIELD_HEADERS,
  type LocalizedMessage,
  labelKey,
  PartyError,
} from '@org/party-core';
import type { ImportSource } from '../issues';
import type { Cell, Table } from '../table';

/** What a table holds: the ward's key/value rows, or the records of one collection. */
export type TableTarget = CollectionName | 'ward';

/** A column of a table that was matched to a field. */
export interface MatchedColumn {
  /** Position of the column in the row's cells (0-based). */
  readonly index: number;
  /** The header as written in the file. */
  readonly header: string;
}

/** A table once its header is read: where it came from and which column holds which field. */
export interface TableInfo {
  /** File name (CSV) or sheet name, as {@link Table.source}. */
  readonly source: string;
  /** The file, as {@link Table.file}. */
  readonly file: string;
  /** The sheet, for a workbook. */
  readonly sheet?: string;
  /** Row number of the header (1 unless the table starts with blank rows). */
  readonly headerRow: number;
  /** The column of each field found in the header. */
  readonly columns: ReadonlyMap<string, MatchedColumn>;
}

/**
 * Which collection a table holds, from its file or sheet name (tên tệp, tên
 * trang tính): `dang-vien.csv`, sheet `DangVien`, `Dang vien` or the
 * collection's own name `members` all name the roster; case, diacritics,
 * spacing and dashes are ignored. `don-vi` / `DonVi` is the ward itself.
 * `undefined` for any other name.
 *
 * @see docs/data-contract.md §1.1–1.10 (file and sheet names)
 * @example
 * tableTarget({ source: 'DANG-VIEN.csv', file: 'x/DANG-VIEN.csv', rows }) // 'members'
 */
export function tableTarget(table: Pick<Table, 'source' | 'sheet'>): TableTarget | undefined {
  const key = labelKey((table.sheet ?? table.source).replace(/\.csv$/iu, ''));
  for (const target of ['ward', ...COLLECTION_NAMES] as const) {
    const names = COLLECTION_FILES[target];
    if ([names.file, names.sheet, target].some((name) => labelKey(name) === key)) return target;
  }
  return undefined;
}

const headerIndexes = new Map<TableTarget, ReadonlyMap<string, string>>();

/**
 * The field a header names in a table of `target`, or `undefined`: a header
 * matches a field when its {@link labelKey} equals that of the field's
 * Vietnamese header or of the field's name (its English alias). When two
 * fields share a header (`Chức vụ` is the role and the role as text), the
 * first field of the contract wins; the other is reachable by its alias.
 *
 * @example
 * fieldOfHeader('members', 'NGÀY SINH') // 'birthDate'
 * fieldOfHeader('members', 'birthDate') // 'birthDate'
 */
export function fieldOfHeader(target: TableTarget, header: string): string | undefined {
  let index = headerIndexes.get(target);
  if (!index) {
    const map = new Map<string, string>();
    const headers = FIELD_HEADERS[target] as Readonly<Record<string, string>>;
    for (const [field, vi] of Object.entries(headers)) {
      for (const key of [labelKey(vi), labelKey(field)]) if (!map.has(key)) map.set(key, field);
    }
    // The alias of a field always names it, even when a Vietnamese header shares its key.
    for (const field of Object.keys(headers)) map.set(labelKey(field), field);
    index = map;
    headerIndexes.set(target, index);
  }
  return index.get(labelKey(header));
}

/**
 * The place of a table, or of a row and column of it, in the user's files:
 * a CSV file by its name; a sheet by its workbook's file name and the sheet.
 */
export function sourceOf(
  table: Pick<TableInfo, 'source' | 'file' | 'sheet'>,
  row?: number,
  column?: string,
): ImportSource {
  const source: ImportSource =
    table.sheet === undefined
      ? { file: table.source }
      : { file: baseName(table.file), sheet: table.sheet };
  if (row !== undefined) source.row = row;
  if (column !== undefined) source.column = column;
  return source;
}

/**
 * The file name at the end of a path, as `node:path` `basename` gives it on
 * Windows (and on POSIX for any name without a backslash): the part after the
 * last `/` or `\`, trailing separators ignored. Kept here so the mapping runs
 * outside Node.
 */
function baseName(path: string): string {
  const trimmed = path.replace(/[\\/]+$/u, '');
  return trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
}

/** Whether every cell of a row is empty or blank. */
export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'string' && cell.trim() === '') continue;
    return false;
  }
  return true;
}

/** A cell as an issue shows it: `undefined` when empty, a date cell as its ISO date. */
export function shownCell(cell: Cell): unknown {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'string') return cell.trim() === '' ? undefined : cell;
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? undefined : cell.toISOString().slice(0, 10);
  }
  return cell;
}

/**
 * The message of an issue for a table that stops being readable. Only the
 * toolkit's own errors carry a message safe to show (it names the file, never
 * its content); any other error gets a generic message.
 */
export function readFailure(error: unknown): LocalizedMessage {
  if (error instanceof PartyError) return error.localized;
  return {
    vi: 'Không đọc được phần còn lại của bảng từ dòng này. Hãy mở tệp, kiểm tra dòng này và lưu lại.',
    en: 'The rest of the table cannot be read from this row on. Open the file, check this row and save it again.',
  };
}
