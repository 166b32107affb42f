import type { z } from 'zod';
import type { BilingualText } from '../reportModel';

/** Records a problem of a Markdown report at a line (1-based; 0 for the file as a whole). */
export type Problem = (line: number, vi: string, en: string) => void;

/** The issues of a zod error on the content of a report, as messages naming where. */
export function invalidContent(issues: readonly z.core.$ZodIssue[]): BilingualText[] {
  return issues.map((issue) => ({
    vi: `nội dung chưa hợp lệ ở ${issue.path.join('.')}: ${issue.message}`,
    en: `invalid content at ${issue.path.join('.')}: ${issue.message}`,
  }));
}
