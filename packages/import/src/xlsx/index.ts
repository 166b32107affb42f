export { fixZipTimestamps } from './fixZipTimestamps';
export {
  type ReadWorkbookOptions,
  readWorkbookBytes,
  WorkbookTooLargeError,
} from './readWorkbookBytes';
export {
  type ColumnListSpec,
  type ColumnSpec,
  type SheetSpec,
  WORKBOOK_DATE,
  type WorkbookSpecOptions,
  workbookBuffer,
} from './writeWorkbook';
