import { formatCount } from '@org/party-core';
import { type Lang, text } from './i18n';
import type { CliIo } from './io';

/** A progress line for long work; silent when stderr is not a terminal. */
export interface Progress {
  /** Reports how many rows have been read so far. */
  rows(count: number): void;
  /** Clears the line. */
  done(): void;
}

/**
 * A progress line on stderr (`Đang đọc: 1.234.567 dòng`), redrawn at most
 * ten times a second, only when stderr is a terminal: scripts and pipes get
 * no progress output at all.
 */
export function createProgress(io: CliIo, lang: Lang): Progress {
  if (!io.stderr.isTTY) return { rows: () => {}, done: () => {} };
  let last = 0;
  let shown = false;
  return {
    rows(count) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      io.stderr.write(`\r${text(lang, 'progressRows', { count: formatCount(count) })}   `);
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[2K');
    },
  };
}
