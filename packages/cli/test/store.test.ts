import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset } from '@org/party-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runInProcess } from './runInProcess';

const window = ['--as-of', '2026-03-01', '--from', '2025-07-01'];
const dataset = 'examples/minimal/dataset.json';
let out: string;
let store: string;
let second: string;

const run = (argv: string[]) => runInProcess(argv, { USER: 'van-phong' });

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'party-cli-store-'));
  store = join(out, '.party');
  // The second import: a month later, one member's occupation changed.
  const data = JSON.parse(await readFile(join(repoRoot, dataset), 'utf8'));
  data.asOf = '2026-04-01';
  data.members[0].occupation = 'other';
  second = join(out, 'thang-4.json');
  await writeFile(second, JSON.stringify(data));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('party store, stats --store and report --store', () => {
  it('imports two versions, lists and compares them', async () => {
    expect((await run(['store', 'init', '--dir', store])).code).toBe(0);
    const first = await run(['store', 'import', dataset, '--dir', store]);
    expect(first).toMatchObject({
      code: 0,
      stdout: 'Đã lưu phiên bản 1: 13 đảng viên, 5 tổ chức.\n',
    });
    expect((await run(['store', 'import', second, '--dir', store])).code).toBe(0);
    const log = await run(['store', 'log', '--dir', store]);
    expect(
      log.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[4]),
    ).toEqual(['2026-03-01', '2026-04-01']);
    const diff = await run(['store', 'diff', '1', '2', '--dir', store]);
    expect(diff.stdout).toContain('Đảng viên: thêm 0, bớt 0, thay đổi 1');
    expect(diff.stdout).toContain('  DV001: Nghề nghiệp: Hưu trí → Khác\n');
    const english = await run(['store', 'diff', '1', '2', '--dir', store, '--lang', 'en']);
    expect(english.stdout).toContain('Members: 0 added, 0 removed, 1 changed');
    expect(english.stdout).toContain('  DV001: Nghề nghiệp: Retired → Other\n');
  });

  it('computes the figures of the version current on --as-of, or of --store-version', async () => {
    const stats = async (args: string[]) =>
      JSON.parse((await run(['stats', '--store', store, '--json', ...args])).stdout);
    const march = await stats(window);
    expect(march.asOf).toBe('2026-03-01');
    expect(march.members.total).toBe(13);
    const april = await stats(['--as-of', '2026-04-01', '--from', '2025-07-01']);
    expect(april.asOf).toBe('2026-04-01');
    expect(await stats([...window, '--store-version', '1'])).toEqual(march);
    const none = await run([
      'stats',
      '--store',
      store,
      '--as-of',
      '2020-01-01',
      '--from',
      '2019-01-01',
    ]);
    expect(none).toMatchObject({ code: 2, stderr: 'Kho không có phiên bản phù hợp.\n' });
    const both = await run(['stats', dataset, '--store', store, ...window]);
    expect(both).toMatchObject({
      code: 2,
      stderr: 'Cần <dataset> hoặc --store <thư mục>, không cả hai.\n',
    });
  });

  it('writes a report from a stored version and logs it in the audit log', async () => {
    const base = join(out, 'bao-cao');
    const { code, stdout } = await run([
      'report',
      '--store',
      store,
      '--store-version',
      '1',
      ...window,
      '--narrative',
      'examples/minimal/bao-cao.md',
      '-o',
      `${base}.md`,
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Đã lập báo cáo: ${base}.md\n`);
    expect(await readFile(`${base}.md`, 'utf8')).toContain('tổng số 13 đảng viên');
    const verify = await run(['store', 'verify', '--dir', store]);
    // init writes nothing; two imports and the report
    expect(verify).toMatchObject({ code: 0, stdout: 'Nhật ký nguyên vẹn: 3 mục.\n' });
  });

  it('exports a version exactly as imported (after validation, which fills defaults)', async () => {
    const file = join(out, 'v1.json');
    expect((await run(['store', 'export', '1', '-o', file, '--dir', store])).code).toBe(0);
    const imported = validateDataset(JSON.parse(await readFile(join(repoRoot, dataset), 'utf8')));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(imported.data);
  });

  it('refuses a damaged store folder with exit 2 and a message saying what to do', async () => {
    const broken = join(out, 'hong');
    expect((await run(['store', 'init', '--dir', broken])).code).toBe(0);
    await writeFile(join(broken, 'PG_VERSION'), 'x');
    const { code, stdout, stderr } = await run(['store', 'log', '--dir', broken]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(
      `Không mở được kho dữ liệu ${broken}: thư mục bị hỏng hoặc không phải kho. Hãy khôi phục thư mục từ bản sao lưu, hoặc chỉ ra một thư mục trống để tạo kho mới.\n`,
    );
  });
});

describe('party store token', () => {
  it('makes a token shown once, lists it without it, revokes it; only the hash is kept', async () => {
    const made = await run([
      'store',
      'token',
      'add',
      'van-phong',
      '--role',
      'officer',
      '--dir',
      store,
    ]);
    expect(made.code).toBe(0);
    const token = made.stdout.trim().split('\n').at(-1) ?? '';
    expect(token).toMatch(/^[\w-]{43}$/u);
    const list = await run(['store', 'token', 'list', '--dir', store]);
    expect(list.stdout).toMatch(/^van-phong\tofficer\t/u);
    expect(list.stdout).not.toContain(token);
    const bad = await run(['store', 'token', 'add', 'x', '--role', 'boss', '--dir', store]);
    expect(bad.code).toBe(2);
    expect((await run(['store', 'token', 'revoke', 'van-phong', '--dir', store])).code).toBe(0);
    expect((await run(['store', 'token', 'revoke', 'van-phong', '--dir', store])).code).toBe(2);
    const { Store } = await import('@org/party-store');
    const s = await Store.open({ dir: store });
    try {
      const dump = JSON.stringify([await s.tokens(), await s.audit()]);
      expect(dump).not.toContain(token);
      expect(dump).toContain('token-revoke');
    } finally {
      await s.close();
    }
  });
});
