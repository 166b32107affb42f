import type { ValidationIssue } from '../src/validation/issue';

/** The part of an issue most tests compare: code, severity and location. */
export function brief(issue: ValidationIssue): string {
  const { kind, index, field } = issue.location;
  const where = `${kind}${index === undefined ? '' : `[${index}]`}${field === undefined ? '' : `.${field}`}`;
  return `${issue.severity} ${issue.code} @ ${where}`;
}

/** Every issue as `severity code @ kind[index].field`, in order. */
export function briefs(issues: readonly ValidationIssue[]): string[] {
  return issues.map(brief);
}
