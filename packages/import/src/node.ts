/**
 * `@org/party-import/node`: the readers and writers that take a path and use
 * Node's file system (`node:fs`, `node:path`): a CSV folder, a workbook or a
 * JSON file in, a template or the canonical JSON out, and the report
 * narrative. Each reader gives what its twin of the root entry, which works
 * in any runtime, gives for the same bytes.
 *
 * @packageDocumentation
 */

export { csvFileTable, readCsvFolder } from './csv/readCsvFolder';
export { type ImportOptions, importDataset } from './importDataset';
export {
  type NarrativeProblem,
  type ReadNarrativeOptions,
  type ReportNarrative,
  readReportNarrative,
} from './narrative/readReportNarrative';
export { readJsonDataset } from './readJsonDataset';
export {
  type TemplateWriteOptions,
  writeTemplateCsvFolder,
  writeTemplateWorkbook,
} from './template/writeTemplate';
export { writeCanonicalJson, writeFileAtomic } from './writeJson';
export { readWorkbook } from './xlsx/readWorkbook';
