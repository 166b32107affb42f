/**
 * `@org/party-core`: types, validation and pure computations for the party
 * committees of Vietnamese wards and communes (Đảng ủy phường, xã).
 *
 * Every domain is also reachable on its own subpath
 * (`@org/party-core/member`, `@org/party-core/validation`, …).
 *
 * @packageDocumentation
 */

export * from './cadre-planning/index';
export * from './classification/index';
export { type CodeLabel, type CodeList, defineCodeList } from './common/codeList';
export {
  addMonths,
  type CalendarDate,
  compareCalendarDates,
  completedMonths,
  formatIsoDate,
  fromDate,
  IsoDate,
  isBareYear,
  PartialDate,
  parseCalendarDate,
  toCalendarDate,
  toDate,
  YEAR_RANGE,
} from './common/dates';
export { Code, Text } from './common/fields';
export { labelKey, normalizeText } from './common/text';
export * from './dataset/index';
export {
  ERROR_CODES,
  type ErrorCode,
  InvalidArgumentError,
  InvalidDatasetError,
  PartyError,
  UnreadableInputError,
} from './errors';
export * from './inspection/index';
export * from './member/index';
export * from './organization/index';
export * from './rules/index';
export * from './training/index';
export * from './validation/index';
