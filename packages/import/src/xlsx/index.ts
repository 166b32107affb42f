export { fixZipTimestamps } from './fixZipTimestamps';
export {
  type ReadWorkbookOptions,
  readWorkbookBytes,
  WorkbookTooLargeError,
} from './readWorkbookBytes';
