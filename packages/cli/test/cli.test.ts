import { describe, expect, it } from 'vitest';
import { runInProcess } from './runInProcess';

const fixtures = 'packages/cli/test/fixtures';

const run = (argv: string[], env: Record<string, string> = {}) => runInProcess(argv, env);

describe('party validate (in process)', () => {
  it('exits 0 on the bundled example and prints a summary in Vietnamese', async () => {
    const { code, stdout, stderr } = await run(['validate', 'examples/minimal/dataset.json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Đã đọc 5 tổ chức, 13 đảng viên, 4 biến động.');
    expect(stdout).toContain('Hợp lệ: 0 lỗi, 0 cảnh báo, 1 lưu ý.');
    expect(stdout).toContain('Đảng viên (dang-vien)');
  });

  it('exits 1 on data with errors and lists every problem, in English with --lang en', async () => {
    const { code, stdout } = await run(['validate', `${fixtures}/broken.json`, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toContain('Not valid: 4 errors, 0 warnings, 0 notices.');
    expect(stdout).toContain('Organisations (to-chuc)');
    expect(stdout).toContain('duplicate');
    expect(stdout).toContain('birthDate');
    expect(stdout).not.toContain('Người Thử');
  });

  it('prints the issues as JSON with --json', async () => {
    const { code, stdout } = await run(['validate', `${fixtures}/broken.json`, '--json']);
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as {
      ok: boolean;
      counts: unknown;
      issues: { code: string }[];
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.counts).toEqual({ error: 4, warning: 0, notice: 0 });
    expect(parsed.issues.map((i) => i.code)).toEqual([
      'duplicate-id',
      'invalid-date',
      'unknown-organization',
      'invalid-code',
    ]);
  });

  it('uses --as-of for the checks that need a date', async () => {
    const { stdout } = await run([
      'validate',
      'examples/minimal/dataset.json',
      '--as-of',
      '2026-10-01',
      '--json',
    ]);
    const codes = (JSON.parse(stdout) as { issues: { code: string }[] }).issues.map((i) => i.code);
    expect(codes).toContain('probation-overdue');
  });

  it('exits 2 with a clear message for usage errors and unreadable input', async () => {
    const cases: [string[], RegExp][] = [
      [['validat', 'x'], /Lệnh không có: validat\. Có phải ý bạn là validate\?/u],
      [
        ['validate', 'examples/minimal/dataset.json', '--jsn'],
        /Tùy chọn không có: --jsn\. Có phải ý bạn là --json\?/u,
      ],
      [['validate'], /Thiếu tham số: dataset\./u],
      [['validate', 'khong-co.json'], /Không tìm thấy “khong-co\.json”/u],
      [['validate', `${fixtures}/not-json.json`], /không phải JSON hợp lệ/u],
      [['validate', 'examples/minimal/README.md'], /Không nhận dạng được “README\.md”/u],
      [
        ['validate', 'examples/minimal/dataset.json', '--as-of', '01/03/2026'],
        /Ngày số liệu \(--as-of\) “01\/03\/2026” không phải ngày hợp lệ\. Hãy ghi dạng yyyy-mm-dd/u,
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr, stdout } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
      expect(stdout).toBe('');
    }
  });

  it('prints help with examples and exit codes, exit 0', async () => {
    const { code, stdout } = await run(['validate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Cách dùng: party validate [tùy chọn] <dataset>');
    expect(stdout).toContain('Ví dụ:');
    expect(stdout).toContain('Mã thoát: 0');
  });

  it('takes the language from PARTY_LANG when --lang is absent', async () => {
    const { stdout } = await run(['validate', 'examples/minimal/dataset.json'], {
      PARTY_LANG: 'en',
    });
    expect(stdout).toContain('Valid: 0 errors, 0 warnings, 1 notices.');
  });
});

describe('party stats (in process)', () => {
  const args = [
    'stats',
    'examples/minimal/dataset.json',
    '--as-of',
    '2026-03-01',
    '--from',
    '2025-07-01',
  ];

  it('prints the contract object with --json', async () => {
    const { code, stdout } = await run([...args, '--json']);
    expect(code).toBe(0);
    const stats = JSON.parse(stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(stats).slice(0, 4)).toEqual([
      'asOf',
      'organizations',
      'members',
      'movements',
    ]);
    expect(stats.asOf).toBe('2026-03-01');
    expect(stats.organizations).toMatchObject({
      direct: 4,
      byKind: { 'grassroots-committee': 1, 'grassroots-cell': 1, 'subordinate-cell': 2 },
      eHandbookRegistered: 4,
    });
    expect(stats.members).toMatchObject({
      total: 13,
      probationary: 1,
      gender: { male: 7, female: 6 },
    });
    expect(stats.movements).toMatchObject({
      from: '2025-07-01',
      to: '2026-03-01',
      opening: 13,
      closing: 13,
      net: 0,
      admitted: 1,
      transferredIn: 1,
      transferredOut: 1,
      deceased: 1,
    });
  });

  it('prints a readable Vietnamese summary with percentages', async () => {
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toContain('Số liệu tính đến ngày 1/3/2026; biến động từ ngày 1/7/2025.');
    expect(stdout).toContain('ĐẢNG VIÊN: 13');
    expect(stdout).toMatch(/Nữ\s+6\s+46,2%/u);
    expect(stdout).toContain('Tăng/giảm: 0 (không tính chuyển nội bộ: 0).');
  });

  it('requires --as-of and --from, and refuses a period that ends before it starts', async () => {
    expect(
      (await run(['stats', 'examples/minimal/dataset.json', '--as-of', '2026-03-01'])).code,
    ).toBe(2);
    const reversed = await run([
      'stats',
      'examples/minimal/dataset.json',
      '--as-of',
      '2025-01-01',
      '--from',
      '2025-07-01',
    ]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('phải trước hoặc trùng ngày số liệu (--as-of)');
  });

  it('exits 1 and lists the problems when the data has errors', async () => {
    const { code, stdout, stderr } = await run([
      'stats',
      `${fixtures}/broken.json`,
      '--as-of',
      '2026-03-01',
      '--from',
      '2025-07-01',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('Dữ liệu còn lỗi');
    expect(stdout).toContain('Không hợp lệ: 4 lỗi');
  });
});
