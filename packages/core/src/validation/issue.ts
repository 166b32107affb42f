import { z } from 'zod';

/** How serious a problem is: errors fail validation, warnings and notices do not. */
export const IssueSeverity = z.enum(['error', 'warning', 'notice']);
/** How serious a problem is. */
export type IssueSeverity = z.infer<typeof IssueSeverity>;

/**
 * The stable codes of validation issues. Scripts and the web page rely on
 * them; a code is never renamed or reused.
 */
export const IssueCode = z.enum([
  // errors
  'invalid-structure',
  'required',
  'invalid-type',
  'invalid-code',
  'invalid-value',
  'invalid-date',
  'duplicate-id',
  'duplicate-record',
  'unknown-organization',
  'unknown-member',
  'invalid-parent',
  'nested-committee',
  'birth-after-admission',
  'official-before-admission',
  'date-order',
  'invalid-discipline-form',
  'probationary-discipline-form',
  'after-reference-date',
  'former-member-without-leaving',
  'leaving-without-former-member',
  'organization-not-existing',
  'transfer-origin-mismatch',
  'invalid-merge-target',
  'empty-collection',
  // warnings
  'admission-age',
  'probation-overdue',
  'probation-too-short',
  'small-cell',
  'member-has-left',
  'planning-too-many-candidates',
  'planning-too-many-posts',
  'movement-unknown-organization',
  'discipline-without-violation',
  'dismissal-without-position',
  'discipline-past-limitation',
  'lost-leading-zero',
  // notices
  'bare-year',
  'unknown-field',
  'invisible-characters',
]);
/** A stable code of a validation issue. */
export type IssueCode = z.infer<typeof IssueCode>;

/** Which record an issue is about: `ward`, `dataset`, or a collection of the dataset. */
export const RecordKind = z.enum([
  'dataset',
  'ward',
  'organizations',
  'members',
  'movements',
  'positions',
  'inspections',
  'training',
  'planning',
  'classifications',
  'admissionTargets',
]);
/** Which record an issue is about. */
export type RecordKind = z.infer<typeof RecordKind>;

/**
 * Where an issue is: the record kind, the record's index in its input
 * collection (0-based; the import layer maps it to a spreadsheet row) and the
 * field.
 */
export const IssueLocation = z.object({
  kind: RecordKind,
  index: z.int().nonnegative().optional(),
  field: z.string().optional(),
});
/** Where an issue is. */
export type IssueLocation = z.infer<typeof IssueLocation>;

/** A message in Vietnamese and English. Messages name fields and rows, never people. */
export const LocalizedMessage = z.object({ vi: z.string(), en: z.string() });
/** A message in Vietnamese and English. */
export type LocalizedMessage = z.infer<typeof LocalizedMessage>;

/**
 * One problem found in a dataset (vấn đề dữ liệu): a stable `code`, its
 * `severity`, where it is, the value found, and what to do, in Vietnamese and
 * English. `related` points at a second record involved (the first of two
 * duplicates, the movement that contradicts the roster).
 */
export const ValidationIssue = z.object({
  code: IssueCode,
  severity: IssueSeverity,
  location: IssueLocation,
  value: z.unknown().optional(),
  related: IssueLocation.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  message: LocalizedMessage,
});
/** One problem found in a dataset. */
export type ValidationIssue = z.infer<typeof ValidationIssue>;
