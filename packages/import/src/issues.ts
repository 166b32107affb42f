import {
  createIssue,
  type IssueCode,
  IssueLocation,
  LocalizedMessage,
  type MessageParams,
  UnreadableInputError,
  ValidationIssue,
} from '@org/party-core';

// The import package depends on core only, so its schemas are built from
// core's own schemas rather than from a second copy of zod.
const text = LocalizedMessage.shape.vi;
const optionalText = IssueLocation.shape.field;

/**
 * Where a problem is in the user's files (vị trí trong tệp): the file (the
 * CSV file's name, or the workbook's), the sheet for a workbook, the row as a
 * spreadsheet user counts it (the header is row 1) and the column header as
 * it is written in the file. `row` and `column` are absent when the problem
 * concerns a whole file or a whole column.
 *
 * @see docs/data-contract.md §2 (bad input)
 * @example
 * ImportSource.parse({ file: 'dang-vien.csv', row: 7, column: 'Ngày sinh' });
 */
export const ImportSource = LocalizedMessage.omit({ vi: true, en: true })
  .extend({
    /** The CSV file name, the workbook file name, or the JSON file name. */
    file: text,
    /** The worksheet, for a workbook. */
    sheet: optionalText,
    /** Row number as a spreadsheet user counts it (header = 1). */
    row: IssueLocation.shape.index,
    /** The column header as written in the file (or the expected header when the column is missing). */
    column: optionalText,
  })
  .meta({ title: 'ImportSource', description: 'Where a problem is in the input files.' });
/** Where a problem is in the user's files. */
export type ImportSource = ReturnType<typeof ImportSource.parse>;

/**
 * A problem found while importing a ward dataset (vấn đề dữ liệu khi nhập):
 * a core {@link ValidationIssue} (stable code, severity, record location,
 * bilingual message) plus `source`, the place in the user's files, and
 * `relatedSource` for the second record involved (the first of two
 * duplicates). `value` is the cell as written in the file.
 *
 * @see docs/data-contract.md §2 (bad input)
 * @example
 * for (const issue of result.issues) show(issue.source.file, issue.source.row, issue.message.vi);
 */
export const ImportIssue = ValidationIssue.extend({
  source: ImportSource,
  relatedSource: ImportSource.optional(),
}).meta({ title: 'ImportIssue', description: 'A problem found while importing a dataset.' });
/** A problem found while importing a ward dataset. */
export type ImportIssue = ReturnType<typeof ImportIssue.parse>;

/**
 * Builds the error thrown for input that cannot be read at all, with its
 * message in Vietnamese and English. Messages name the file, never its
 * content; a `cause` is kept only when its own message quotes no content.
 *
 * @example
 * throw unreadableInput('Không tìm thấy “x.json”.', 'File “x.json” not found.');
 */
export function unreadableInput(
  vi: string,
  en: string,
  options?: { cause?: unknown },
): UnreadableInputError {
  return new UnreadableInputError({ vi, en }, options);
}

/**
 * Builds an import issue with core's catalogue (severity and messages of
 * `code`), optionally with a message of its own for problems that only the
 * import knows about (a duplicated header, a file that stops being readable).
 * The severity always comes from the code.
 *
 * @example
 * importIssue('unknown-field', { kind: 'members', field: 'Ghi chú' }, { file: 'dang-vien.csv', row: 1, column: 'Ghi chú' });
 */
export function importIssue(
  code: IssueCode,
  location: IssueLocation,
  source: ImportSource,
  details: { value?: unknown; params?: MessageParams; message?: LocalizedMessage } = {},
): ImportIssue {
  const issue = createIssue(code, location, { value: details.value, params: details.params });
  return {
    ...issue,
    ...(details.message === undefined ? {} : { message: details.message }),
    source,
  };
}

/** Issues whose message names the first of two rows. */
const DUPLICATE_CODES: ReadonlySet<IssueCode> = new Set(['duplicate-id', 'duplicate-record']);

/** Finds where a core issue's record and field are in the user's files. */
export interface IssueLocator {
  /** The place of a record (and field), and the cell as written when there is one. */
  locate(location: IssueLocation): { source: ImportSource; value?: unknown };
}

/**
 * Turns core validation issues into import issues: each gets the file,
 * sheet, row and column header of its record and field, and its `value`
 * becomes the cell as written (the text the user typed, not the converted
 * value) whenever the field came from a cell.
 *
 * @example
 * const issues = toImportIssues(validateDataset(raw).issues, locator);
 */
export function toImportIssues(
  issues: readonly ValidationIssue[],
  locator: IssueLocator,
): ImportIssue[] {
  return issues.map((issue) => {
    const located = locator.locate(issue.location);
    const out: ImportIssue = { ...issue, source: located.source };
    if (located.value !== undefined) out.value = located.value;
    if (issue.related === undefined) return out;
    out.relatedSource = locator.locate(issue.related).source;
    const relatedRow = out.relatedSource.row;
    if (relatedRow !== undefined && DUPLICATE_CODES.has(issue.code)) {
      // The first of two duplicates is named by its row in the file ("trùng với dòng 5").
      const params = { ...issue.params, relatedRow };
      out.message = createIssue(issue.code, issue.location, { params }).message;
      out.params = params;
    }
    return out;
  });
}
