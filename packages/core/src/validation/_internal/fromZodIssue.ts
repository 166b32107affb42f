import type { z } from 'zod';
import { DATE_PATTERNS } from '../../common/dates';
import { FIELD_CODE_LISTS } from '../../dataset/fileLayout';
import type { IssueCode, RecordKind } from '../issue';
import type { MessageParams } from '../messages';

const TYPE_NAMES: Record<string, { vi: string; en: string }> = {
  string: { vi: 'văn bản', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'có/không', en: 'yes/no' },
  object: { vi: 'một bản ghi', en: 'a record' },
  array: { vi: 'một danh sách', en: 'a list' },
};

/** A zod issue turned into the project's issue code and message parameters. */
export interface MappedIssue {
  readonly code: IssueCode;
  readonly field: string | undefined;
  readonly params: MessageParams;
}

function labelsOf(kind: RecordKind, field: string): { vi: string; en: string } | undefined {
  const lists = FIELD_CODE_LISTS[kind as keyof typeof FIELD_CODE_LISTS] as
    | Record<string, { codes: readonly string[]; labels: Record<string, { vi: string }> }>
    | undefined;
  const list = lists?.[field];
  if (!list) return undefined;
  return {
    vi: list.codes.map((code) => list.labels[code]?.vi ?? code).join(', '),
    en: list.codes.join(', '),
  };
}

/**
 * Maps one zod issue of a record to an issue code. `record` is the input the
 * issue came from, used to tell a missing value from a wrong one.
 */
export function fromZodIssue(
  kind: RecordKind,
  issue: z.core.$ZodIssue,
  record: Record<string, unknown>,
): MappedIssue {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
  const value = field === undefined ? record : record[field];
  if (field !== undefined && value === undefined) return { code: 'required', field, params: {} };
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { code: 'required', field, params: {} };
      const expected = TYPE_NAMES[issue.expected] ?? { vi: issue.expected, en: issue.expected };
      return {
        code: 'invalid-type',
        field,
        params: { expectedVi: expected.vi, expectedEn: expected.en },
      };
    }
    case 'invalid_value': {
      const labels = field ? labelsOf(kind, field) : undefined;
      if (labels)
        return {
          code: 'invalid-code',
          field,
          params: { allowedVi: labels.vi, allowedEn: labels.en },
        };
      const allowed = issue.values.map(String).join(', ');
      return {
        code: 'invalid-value',
        field,
        params: { reasonVi: `chỉ nhận ${allowed}`, reasonEn: `only ${allowed} is accepted` },
      };
    }
    case 'invalid_format':
      if (issue.format === 'regex' && 'pattern' in issue) {
        if (issue.pattern === DATE_PATTERNS.iso) return { code: 'invalid-date', field, params: {} };
        if (issue.pattern === DATE_PATTERNS.partial) {
          return { code: 'invalid-date', field, params: { allowYear: 1 } };
        }
      }
      return {
        code: 'invalid-value',
        field,
        params: { reasonVi: 'sai định dạng', reasonEn: issue.message },
      };
    case 'custom': {
      const { code = 'invalid-value', ...rest } = (issue.params ?? {}) as {
        code?: IssueCode;
      } & Record<string, string | number>;
      return {
        code,
        field,
        params:
          code === 'invalid-value'
            ? { reasonVi: 'giá trị không hợp lý', reasonEn: issue.message, ...rest }
            : rest,
      };
    }
    case 'too_small':
      return {
        code: 'invalid-value',
        field,
        params: {
          reasonVi: `nhỏ hơn ${String(issue.minimum)}`,
          reasonEn: `below ${String(issue.minimum)}`,
        },
      };
    case 'too_big':
      return {
        code: 'invalid-value',
        field,
        params: {
          reasonVi: `lớn hơn ${String(issue.maximum)}`,
          reasonEn: `above ${String(issue.maximum)}`,
        },
      };
    case 'not_multiple_of': {
      const step = Number(issue.divisor);
      return {
        code: 'invalid-value',
        field,
        params: {
          reasonVi: `không phải bội số của ${new Intl.NumberFormat('vi-VN').format(step)}`,
          reasonEn: `not a multiple of ${String(step)}`,
        },
      };
    }
    default:
      return {
        code: 'invalid-value',
        field,
        params: { reasonVi: 'không đọc được', reasonEn: issue.message },
      };
  }
}
