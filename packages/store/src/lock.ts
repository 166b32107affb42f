import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { StoreError } from './errors';

/** Options of the store's folder lock (`Store.open`). */
export interface LockOptions {
  /** How long to wait for another process to let go, in milliseconds (default 60 000). */
  readonly timeoutMs?: number;
}

interface Owner {
  readonly pid: number;
  readonly host: string;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Whether the lock with this content belongs to a process that is gone. */
function stale(content: string, file: string): boolean {
  let owner: Owner;
  try {
    owner = JSON.parse(content) as Owner;
  } catch {
    // Half-written by a process killed between open and write: stale once it is a few seconds old.
    try {
      return Date.now() - statSync(file).mtimeMs > 5_000;
    } catch {
      return false;
    }
  }
  return owner.host === hostname() && !alive(owner.pid);
}

/** Removes a stale lock, unless another process replaced it meanwhile. */
function breakStale(file: string, content: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else broke it first
  }
  if (readFileSync(aside, 'utf8') !== content) {
    // A live lock taken between our read and our rename: put it back.
    try {
      linkSync(aside, file);
    } catch {
      // the file exists again: the newer lock stands
    }
  }
  unlinkSync(aside);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the lock file `file` (created exclusively, holding this process's id
 * and host), waiting while another live process holds it; a lock left by a
 * process that died (killed mid-import) is removed. Returns the release.
 */
export async function lockFile(
  file: string,
  where: string,
  options: LockOptions = {},
): Promise<() => void> {
  const content = JSON.stringify({
    pid: process.pid,
    host: hostname(),
    at: new Date().toISOString(),
  });
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      writeFileSync(file, content, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === content) unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let held = '';
    try {
      held = readFileSync(file, 'utf8');
    } catch {
      continue; // released between our attempts
    }
    if (stale(held, file)) {
      breakStale(file, held);
      continue;
    }
    if (Date.now() > deadline) {
      throw new StoreError('busy', {
        vi: `Kho dữ liệu ${where} đang được một tiến trình khác sử dụng; hãy thử lại sau.`,
        en: `The store ${where} is in use by another process; try again later.`,
      });
    }
    await sleep(50 + Math.random() * 100);
  }
}
