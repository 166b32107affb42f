/**
 * `@org/party-import`: reads a ward's party data from CSV files, an XLSX
 * workbook or canonical JSON held in memory (bytes, as uploads arrive) into
 * the `@org/party-core` dataset, with every problem located in the user's
 * files; maps tables, presents issues and builds the templates. It imports no
 * Node built-in module, so it works in any runtime. The readers and writers
 * that take a path are in `@org/party-import/node`, each the twin of a reader
 * here with the same result.
 *
 * @packageDocumentation
 */

export { canonicalJson } from './canonicalJson';
export { csvBytesTable, MAX_CSV_RECORD_SIZE } from './csv/csvBytesTable';
export {
  type ImportUploadsOptions,
  importUploads,
  type UploadedFile,
  type UploadForm,
  type UploadProblem,
  uploadForm,
} from './importUploads';
export {
  ImportIssue,
  ImportSource,
  type IssueLocator,
  importIssue,
  toImportIssues,
  unreadableInput,
} from './issues';
export { parseJsonDataset } from './json';
export { cellText, convertCell, parseNumberText } from './mapping/convertCell';
export { FIELD_KINDS, type FieldKind, type FieldKindMap } from './mapping/fieldKinds';
export {
  type ImportFormat,
  type ImportResult,
  type ImportTablesOptions,
  importTables,
} from './mapping/importTables';
export {
  fieldOfHeader,
  type MatchedColumn,
  type TableInfo,
  type TableTarget,
  tableTarget,
} from './mapping/tableInfo';
export {
  analyzeHeader,
  type HeaderAnalysis,
  type RecordLocation,
  type TableRecords,
  type TableToRecordsOptions,
  tableToRecords,
} from './mapping/tableToRecords';
export { tableToWard, type WardFieldLocation, type WardRecord } from './mapping/tableToWard';
export {
  countIssues,
  type IssueCounts,
  type PresentedIssue,
  type PresentOptions,
  presentIssue,
  withoutPersonalData,
} from './present/presentIssue';
export type { Cell, Table, TableRow } from './table';
export {
  COLUMN_NOTES,
  type ColumnKind,
  type ColumnNote,
  codedValuesText,
  type FieldNotes,
  TEMPLATE_GUIDE_FILE,
  TEMPLATE_KEYS,
  TEMPLATE_LISTS_SHEET,
  type TemplateColumn,
  type TemplateFile,
  type TemplateKey,
  templateFiles,
  templateGuideMarkdown,
  templateWorkbookBytes,
} from './template/index';
export {
  type ColumnListSpec,
  type ColumnSpec,
  fixZipTimestamps,
  type ReadWorkbookOptions,
  readWorkbookBytes,
  type SheetSpec,
  WORKBOOK_DATE,
  type WorkbookSpecOptions,
  WorkbookTooLargeError,
  workbookBuffer,
} from './xlsx/index';
