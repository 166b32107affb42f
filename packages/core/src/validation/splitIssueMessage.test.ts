import { describe, expect, it } from 'vitest';
import { IssueCode } from './issue';
import { ISSUE_MESSAGES } from './messages';
import { splitIssueMessage } from './splitIssueMessage';

describe('splitIssueMessage', () => {
  it('splits the Vietnamese advice at “Hãy”', () => {
    expect(splitIssueMessage('Thiếu giá trị ở cột “A”. Hãy điền ô này.')).toEqual({
      message: 'Thiếu giá trị ở cột “A”.',
      hint: 'Hãy điền ô này.',
    });
  });

  it('takes the last sentence as the advice otherwise', () => {
    expect(splitIssueMessage('The value is missing. It is required. Fill in this cell.')).toEqual({
      message: 'The value is missing. It is required.',
      hint: 'Fill in this cell.',
    });
  });

  it('gives an empty hint for one sentence', () => {
    expect(splitIssueMessage('Cột trùng tên (x. y).')).toEqual({
      message: 'Cột trùng tên (x. y).',
      hint: '',
    });
  });
});

describe('the issue catalogue', () => {
  // Every parameter a message may read, so each branch that names one is exercised.
  const params = {
    field: 'birthDate',
    fieldVi: 'Ngày sinh',
    fieldEn: 'birthDate',
    expectedVi: 'một ngày',
    expectedEn: 'a date',
    allowedVi: 'Nam, Nữ',
    allowedEn: 'male, female',
    reasonVi: 'quá dài',
    reasonEn: 'too long',
    keyVi: 'mã',
    keyEn: 'code',
    level: 'record',
    allowYear: 1,
  };

  it.each(IssueCode.options)(
    'words %s as what is wrong, then what to do, in both languages',
    (code) => {
      for (const lang of ['vi', 'en'] as const) {
        const { message, hint } = splitIssueMessage(ISSUE_MESSAGES[code][lang](params));
        expect(message, `${code} (${lang})`).not.toBe('');
        expect(hint, `${code} (${lang}) has no advice`).not.toBe('');
      }
    },
  );
});
