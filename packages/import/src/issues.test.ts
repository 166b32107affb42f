import { createIssue, ValidationIssue } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { ImportIssue, ImportSource, importIssue, toImportIssues, unreadableInput } from './issues';

describe('ImportIssue', () => {
  it('extends the core issue with its source', () => {
    const issue = importIssue(
      'unknown-field',
      { kind: 'members', field: 'Ghi chú' },
      { file: 'dang-vien.csv', row: 1, column: 'Ghi chú' },
    );
    expect(ImportIssue.parse(issue)).toEqual(issue);
    expect(ValidationIssue.safeParse(issue).success).toBe(true);
    expect(issue.severity).toBe('notice');
    expect(ImportSource.safeParse({ row: 1 }).success).toBe(false);
  });

  it('keeps the severity of the code when the message is replaced', () => {
    const issue = importIssue(
      'invalid-structure',
      { kind: 'dataset' },
      { file: 'x.csv' },
      { message: { vi: 'v', en: 'e' } },
    );
    expect(issue).toMatchObject({ severity: 'error', message: { vi: 'v', en: 'e' } });
  });

  it('maps core issues with a locator, replacing the value with the cell as written', () => {
    const core = createIssue(
      'invalid-date',
      { kind: 'members', index: 2, field: 'birthDate' },
      { value: '2026-02-31', related: { kind: 'members', index: 0 } },
    );
    const [issue] = toImportIssues([core], {
      locate: (location) => ({
        source: { file: 'dang-vien.csv', row: (location.index ?? 0) + 2, column: 'Ngày sinh' },
        value: location.index === 2 ? '31/02/2026' : undefined,
      }),
    });
    expect(issue).toMatchObject({
      value: '31/02/2026',
      source: { file: 'dang-vien.csv', row: 4, column: 'Ngày sinh' },
      relatedSource: { row: 2 },
    });
  });

  it('builds bilingual unreadable-input errors', () => {
    const error = unreadableInput('vi', 'en');
    expect(error).toMatchObject({
      code: 'unreadable-input',
      message: 'vi',
      localized: { vi: 'vi', en: 'en' },
    });
  });
});
