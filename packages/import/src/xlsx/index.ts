export { fixZipTimestamps } from './fixZipTimestamps';
export {
  type ReadWorkbookOptions,
  readWorkbook,
  readWorkbookBytes,
  WorkbookTooLargeError,
} from './readWorkbook';
