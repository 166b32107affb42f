import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../../../scripts/pg-test-server.sh', import.meta.url).pathname;

/**
 * Starts a throwaway PostgreSQL server for the server-side runs of the store
 * tests (`PARTY_TEST_PG_URL`); where it cannot start, the reason goes to
 * `PARTY_TEST_PG_SKIP` and those tests are skipped under that name.
 * A given `PARTY_TEST_PG_URL` is used as it is.
 */
export default function setup(): () => void {
  if (process.env.PARTY_TEST_PG_URL !== undefined) return () => undefined;
  const dir = mkdtempSync(join(tmpdir(), 'party-pg-'));
  try {
    const url = execFileSync('bash', [script, 'start', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    }).trim();
    process.env.PARTY_TEST_PG_URL = url;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    const lines = stderr.split('\n');
    const reason = lines.find((l) => /FATAL|error/iu.test(l)) ?? lines.at(-1) ?? '';
    process.env.PARTY_TEST_PG_SKIP = reason || 'the server did not start';
    process.stderr.write(`PostgreSQL server tests skipped: ${process.env.PARTY_TEST_PG_SKIP}\n`);
    rmSync(dir, { recursive: true, force: true });
    return () => undefined;
  }
  return () => {
    execFileSync('bash', [script, 'stop', dir], { stdio: 'ignore', timeout: 60_000 });
  };
}
