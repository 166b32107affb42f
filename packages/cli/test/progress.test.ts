import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/io';
import { createProgress } from '../src/progress';

const io = (isTTY: boolean) => {
  const written: string[] = [];
  const value: CliIo = {
    stdout: { write: () => true },
    stderr: { write: (s: string) => written.push(s), isTTY },
    env: {},
    cwd: '/',
  };
  return { value, written };
};

describe('progress line', () => {
  it('draws on a terminal and clears the line at the end', () => {
    const { value, written } = io(true);
    const progress = createProgress(value, 'vi');
    progress.rows(1234567);
    progress.done();
    expect(written[0]).toBe('\rĐang đọc: 1.234.567 dòng   ');
    expect(written[1]).toBe('\r\u001b[2K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const { value, written } = io(false);
    const progress = createProgress(value, 'en');
    progress.rows(10);
    progress.done();
    expect(written).toEqual([]);
  });
});
