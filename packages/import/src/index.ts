/**
 * `@org/party-import`: reads a ward's party data from a CSV folder, an XLSX
 * workbook or canonical JSON into the `@org/party-core` dataset, with every
 * problem located in the user's files. Every reader has a twin that reads
 * the same form from bytes held in memory (uploads), with the same result.
 *
 * @packageDocumentation
 */

export { canonicalJson } from './canonicalJson';
export { csvBytesTable, MAX_CSV_RECORD_SIZE } from './csv/csvBytesTable';
export { csvFileTable, readCsvFolder } from './csv/readCsvFolder';
export { type ImportOptions, importDataset } from './importDataset';
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
  type NarrativeProblem,
  type ReadNarrativeOptions,
  type ReportNarrative,
  readReportNarrative,
} from './narrative/readReportNarrative';
export {
  countIssues,
  type IssueCounts,
  type PresentedIssue,
  type PresentOptions,
  presentIssue,
  withoutPersonalData,
} from './present/presentIssue';
export { readJsonDataset } from './readJsonDataset';
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
  type TemplateWriteOptions,
  templateFiles,
  templateGuideMarkdown,
  templateWorkbookBytes,
  writeTemplateCsvFolder,
  writeTemplateWorkbook,
} from './template/index';
export { writeCanonicalJson, writeFileAtomic } from './writeJson';
export {
  fixZipTimestamps,
  type ReadWorkbookOptions,
  readWorkbook,
  readWorkbookBytes,
  WorkbookTooLargeError,
} from './xlsx/index';
