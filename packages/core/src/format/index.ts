/**
 * Vietnamese figures as reports print them (định dạng số liệu): counts
 * `1.239`, shares that add up to 100 (`77,4%`), dates `16/6/2022` and the
 * date line `ngày 05 tháng 02 năm 2026`. This subpath depends on nothing
 * else, so a web page can bundle it without the schemas.
 *
 * @packageDocumentation
 */
export {
  formatCount,
  formatDateVi,
  formatDocumentDate,
  formatDocumentDateShort,
  formatPercent,
} from '../common/format';
export { percentages, percentOf } from '../common/percent';
