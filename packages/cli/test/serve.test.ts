import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveCommand, serveOptionsOf } from '../src/commands/serve';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'party-cli-serve-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('party serve', () => {
  it('stays closed without a token, a register or --open, and opens only on this computer', () => {
    expect(() => serveOptionsOf({ host: '127.0.0.1' }, {}, out, 'vi')).toThrow(/PARTY_TOKEN/u);
    expect(() => serveOptionsOf({ host: '0.0.0.0', open: true }, {}, out, 'vi')).toThrow(
      /127\.0\.0\.1/u,
    );
    expect(() =>
      serveOptionsOf({ host: '127.0.0.1' }, { PARTY_TOKEN: 'short' }, out, 'en'),
    ).toThrow(/16 characters/u);
    const withToken = serveOptionsOf(
      { host: '127.0.0.1' },
      { PARTY_TOKEN: 'a-random-secret-0123456789' },
      out,
      'vi',
    );
    // The token is passed on as its hash, an administrator.
    expect(JSON.stringify(withToken)).not.toContain('a-random-secret-0123456789');
    expect(withToken.auth).toMatchObject({ tokens: [{ name: 'admin', role: 'administrator' }] });
    const withStore = serveOptionsOf({ host: '127.0.0.1', store: 'kho' }, {}, out, 'vi');
    expect(withStore).toMatchObject({ auth: { tokens: [] }, store: { dir: join(out, 'kho') } });
  });

  it('serves the register given --store, closed until a token is made', async () => {
    let stdout = '';
    let stop: () => void = () => undefined;
    const stopped = new Promise<void>((done) => {
      stop = done;
    });
    const program = new Command().exitOverride();
    serveCommand(
      program,
      {
        io: {
          stdout: { write: (s: string) => (stdout += s) },
          stderr: { write: () => true },
          env: {},
          cwd: out,
        },
        lang: 'vi',
        setExit: () => undefined,
        renderers: [],
      },
      () => stopped,
    );
    const running = program.parseAsync(
      ['serve', '--store', 'kho', '--port', '0', '--workers', '0'],
      { from: 'user' },
    );
    await expect.poll(() => stdout, { timeout: 100_000 }).toMatch(/http:\/\/127\.0\.0\.1:\d+\//u);
    const url = /http:\/\/127\.0\.0\.1:\d+\//u.exec(stdout)?.[0] as string;
    expect(stdout).toContain(`Sổ đăng ký: ${join(out, 'kho')}.`);
    const health = await (await fetch(`${url}health`)).json();
    expect(health).toMatchObject({ auth: 'token', register: true });
    expect((await fetch(`${url}register/versions`)).status).toBe(401);
    stop();
    await running;
  }, 120_000);
});
