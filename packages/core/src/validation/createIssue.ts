import { FIELD_HEADERS } from '../dataset/fileLayout';
import type { IssueCode, IssueLocation, ValidationIssue } from './issue';
import { ISSUE_MESSAGES, type MessageParams } from './messages';

/**
 * Builds an issue with its severity and messages from the catalogue. The
 * field's Vietnamese header (data contract) and English name are added to the
 * parameters, so messages name the column as the user wrote it.
 *
 * @example
 * createIssue('required', { kind: 'members', index: 4, field: 'birthDate' }).message.vi
 * // 'Thiếu giá trị bắt buộc ở cột “Ngày sinh”. …'
 */
export function createIssue(
  code: IssueCode,
  location: IssueLocation,
  details: { value?: unknown; params?: MessageParams; related?: IssueLocation } = {},
): ValidationIssue {
  const headers = FIELD_HEADERS[location.kind as keyof typeof FIELD_HEADERS] as
    | Record<string, string>
    | undefined;
  const fieldParams: MessageParams =
    location.field === undefined
      ? {}
      : {
          field: location.field,
          fieldVi: headers?.[location.field] ?? location.field,
          fieldEn: location.field,
        };
  const params = { ...fieldParams, ...details.params };
  const entry = ISSUE_MESSAGES[code];
  const issue: ValidationIssue = {
    code,
    severity: entry.severity,
    location,
    message: { vi: entry.vi(params), en: entry.en(params) },
  };
  if (details.value !== undefined) issue.value = details.value;
  if (details.related !== undefined) issue.related = details.related;
  if (details.params !== undefined && Object.keys(details.params).length > 0)
    issue.params = details.params;
  return issue;
}
