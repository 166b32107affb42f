export { fixZipTimestamps } from './fixZipTimestamps';
export { readWorkbook } from './readWorkbook';
export {
  type ReadWorkbookOptions,
  readWorkbookBytes,
  WorkbookTooLargeError,
} from './readWorkbookBytes';
