import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = new URL('../../../', import.meta.url).pathname;
const bin = new URL('../dist/bin.js', import.meta.url).pathname;

async function party(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the built party binary', () => {
  it('exists (turbo builds it before these tests)', () => {
    expect(existsSync(bin)).toBe(true);
  });

  it('validates the bundled example with exit 0', async () => {
    const { code, stdout } = await party(['validate', 'examples/minimal/dataset.json']);
    expect(code).toBe(0);
    expect(stdout).toContain('Hợp lệ: 0 lỗi');
  });

  it('exits 1 on invalid data and 2 on a missing file, with no colour when not a terminal', async () => {
    const bad = await party(['validate', 'packages/cli/test/fixtures/broken.json']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Không hợp lệ: 4 lỗi');
    const missing = await party(['validate', 'khong-co.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).not.toContain('\u001b[');
  });

  it('prints its version', async () => {
    const { code, stdout } = await party(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });
});
