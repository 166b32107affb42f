export { readWorkbook } from './readWorkbook';
