/**
 * Validation of a ward dataset: every problem as a value, with a stable code,
 * a severity, a location and a message in Vietnamese and English.
 *
 * @packageDocumentation
 */
export { createIssue } from './createIssue';
export {
  IssueCode,
  IssueLocation,
  IssueSeverity,
  LocalizedMessage,
  RecordKind,
  ValidationIssue,
} from './issue';
export { ISSUE_MESSAGES, type IssueMessage, type MessageParams } from './messages';
export { splitIssueMessage } from './splitIssueMessage';
export { type ValidateOptions, type ValidationResult, validateDataset } from './validateDataset';
