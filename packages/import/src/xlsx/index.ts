export {
  type ReadWorkbookOptions,
  readWorkbook,
  readWorkbookBytes,
  WorkbookTooLargeError,
} from './readWorkbook';
