import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { definePlugin } from '@org/party-core';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot as root, runInProcess } from './runInProcess';

const window = ['--as-of', '2026-03-01', '--from', '2025-07-01'];
const dataset = 'examples/minimal/dataset.json';
const narrative = 'examples/minimal/bao-cao.md';
let out: string;

const run = (argv: string[], options: Parameters<typeof runInProcess>[2] = {}) =>
  runInProcess(argv, {}, options);

/** `party report` with the given options, on the minimal dataset and window unless `over` gives others. */
const report = (
  args: string[],
  options: Parameters<typeof runInProcess>[2] = {},
  over: { dataset?: string; window?: string[] } = {},
) => run(['report', over.dataset ?? dataset, ...(over.window ?? window), ...args], options);

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'party-report-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('party report', () => {
  it('writes DOCX, HTML and Markdown at once and warns about the declared figure that differs', async () => {
    const base = join(out, 'all', 'bao-cao');
    const { code, stdout, stderr } = await report([
      '--narrative',
      narrative,
      '-o',
      base,
      '--format',
      'docx',
      'html,md',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Đã lập báo cáo: ${base}.docx, ${base}.html, ${base}.md\n`);
    expect(stderr).toContain(
      'Cảnh báo: số liệu nêu trong dự thảo khác với số liệu tính từ dữ liệu (1):',
    );
    expect(stderr).toContain(
      'Mục II.2, {{movements.admitted}}: dự thảo ghi 02, dữ liệu tính được 1',
    );
    const md = await readFile(`${base}.md`, 'utf8');
    expect(md).toContain(
      'Đảng ủy phường có 04 tổ chức đảng trực thuộc, với tổng số 13 đảng viên.[^1]',
    );
    expect(md).toContain('| Tổng cộng | 4 | 13 |');
    const html = await readFile(`${base}.html`, 'utf8');
    expect(html).toContain('<h2>II. ĐỘI NGŨ ĐẢNG VIÊN</h2>');
    const docx = unzipSync(new Uint8Array(await readFile(`${base}.docx`)));
    const xml = strFromU8(docx['word/document.xml'] as Uint8Array);
    expect(xml).toContain('ĐẢNG ỦY PHƯỜNG MẪU');
    expect(xml).toContain('Số 07-BC/ĐU');
  });

  it('takes the format from the -o extension, in English with --lang en', async () => {
    const file = join(out, 'one.html');
    const { code, stdout, stderr } = await report([
      '--narrative',
      narrative,
      '-o',
      file,
      '--lang',
      'en',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(`Report written: ${file}\n`);
    expect(stderr).toContain('the draft states 02, the data gives 1');
  });

  it('refuses to overwrite without --force', async () => {
    const file = join(out, 'twice.md');
    expect((await report(['--narrative', narrative, '-o', file])).code).toBe(0);
    const again = await report(['--narrative', narrative, '-o', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    const forced = await report(['--narrative', narrative, '-o', file, '--force']);
    expect(forced.code).toBe(0);
  });

  it('reads a folder of Markdown files in name order and locates problems in their file and line', async () => {
    const folder = join(out, 'noi-dung');
    await mkdir(folder, { recursive: true });
    const text = await readFile(join(root, narrative), 'utf8');
    const cut = text.indexOf('# II.');
    await writeFile(join(folder, '01-dau.md'), text.slice(0, cut));
    await writeFile(join(folder, '02-phan-hai.md'), text.slice(cut));
    const ok = await report(['--narrative', folder, '-o', join(out, 'folder.md')]);
    expect(ok.code).toBe(0);
    const first = await readFile(join(out, 'folder.md'), 'utf8');
    const single = await readFile(join(out, 'twice.md'), 'utf8');
    expect(first).toBe(single);

    await writeFile(
      join(folder, '02-phan-hai.md'),
      text.slice(cut).replace('## 2. Biến động', '## Biến động'),
    );
    const bad = await report(['--narrative', folder, '-o', join(out, 'bad.md')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Nội dung báo cáo còn chỗ chưa đúng');
    expect(bad.stdout).toMatch(
      /noi-dung\/02-phan-hai\.md:9: tiêu đề "Biến động trong kỳ" chưa có số thứ tự/u,
    );
  });

  it('takes a JSON report template too, and names what is wrong in it', async () => {
    const { parseReportMarkdown } = await import('@org/party-core');
    const parsed = parseReportMarkdown(await readFile(join(root, narrative), 'utf8'));
    const file = join(out, 'mau.json');
    await writeFile(file, JSON.stringify(parsed.data));
    const target = join(out, 'from-json.md');
    const ok = await report(['--narrative', file, '-o', target]);
    expect(ok.code).toBe(0);
    const fromMarkdown = join(out, 'from-md.md');
    await report(['--narrative', narrative, '-o', fromMarkdown]);
    expect(await readFile(target, 'utf8')).toBe(await readFile(fromMarkdown, 'utf8'));

    await writeFile(file, JSON.stringify({ ...parsed.data, recipients: [] }));
    const wrong = await report(['--narrative', file, '-o', join(out, 'w.md')]);
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('recipients');

    await writeFile(file, '{ không phải JSON');
    const broken = await report(['--narrative', file, '-o', join(out, 'b.md')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('không phải JSON hợp lệ');
  });

  it('names an unknown placeholder and writes nothing, exit 1', async () => {
    const file = join(out, 'typo.md');
    const text = (await readFile(join(root, narrative), 'utf8')).replace(
      '{{members.total|pad}}',
      '{{members.tottal}}',
    );
    await writeFile(file, text);
    const target = join(out, 'typo-out.md');
    const { code, stdout, stderr } = await report(['--narrative', file, '-o', target]);
    expect(code).toBe(1);
    expect(stderr).toContain('chỗ điền số liệu không hợp lệ');
    expect(stdout).toContain('I: {{members.tottal}}');
    await expect(readFile(target)).rejects.toThrow();
  });

  it('stops on data with errors, exit 1', async () => {
    const { code, stderr } = await report(
      ['--narrative', narrative, '-o', join(out, 'x.md')],
      {},
      { dataset: 'packages/cli/test/fixtures/broken.json' },
    );
    expect(code).toBe(1);
    expect(stderr).toContain('Dữ liệu còn lỗi nên chưa lập báo cáo');
  });

  it('exits 2 on an unknown format, a missing narrative, or a window that ends before it starts', async () => {
    const cases: [string[], RegExp][] = [
      [
        ['--narrative', narrative, '-o', join(out, 'a.pdf'), '--format', 'pdf'],
        /no renderer for format "pdf"; installed: docx, html, md/u,
      ],
      [
        ['--narrative', 'khong-co.md', '-o', join(out, 'a.md')],
        /Không tìm thấy nội dung báo cáo “khong-co\.md”/u,
      ],
    ];
    for (const [extra, message] of cases) {
      const { code, stderr } = await report(extra);
      expect(code, extra.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
    const { code, stderr } = await report(
      ['--narrative', narrative, '-o', join(out, 'b.md')],
      {},
      { window: ['--as-of', '2025-01-01', '--from', '2025-07-01'] },
    );
    expect(code).toBe(2);
    expect(stderr).toContain('phải trước hoặc trùng ngày số liệu (--as-of)');
  });

  it('renders with the renderers it is given, and with a ward plugin loaded by --plugin', async () => {
    const txt = definePlugin({
      format: 'txt',
      mediaType: 'text/plain; charset=utf-8',
      extension: 'txt',
      render: (model) => new TextEncoder().encode(model.summary),
    });
    const file = join(out, 'plain.txt');
    const given = await report(['--narrative', narrative, '-o', file], {
      renderers: [txt],
    });
    expect(given.code).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(
      'tình hình tổ chức đảng và đội ngũ đảng viên đến ngày 01/3/2026',
    );

    const plugin = join(out, 'upper.mjs');
    await writeFile(
      plugin,
      "export const upper = { format: 'upper', mediaType: 'text/plain', extension: 'up', render: (m) => new TextEncoder().encode(m.summary.toUpperCase()) };\n",
    );
    const loaded = await report([
      '--narrative',
      narrative,
      '-o',
      join(out, 'plain'),
      '--format',
      'upper',
      '--plugin',
      plugin,
    ]);
    expect(loaded.code).toBe(0);
    expect(await readFile(join(out, 'plain.up'), 'utf8')).toMatch(/^TÌNH HÌNH TỔ CHỨC/u);
  });
});

describe('party report: findings in the text, and the findings slip', () => {
  /** The minimal narrative with a net change and a citation typed by hand, both wrong. */
  async function typedNarrative(): Promise<string> {
    const text = (await readFile(join(root, narrative), 'utf8')).replace(
      'đảng viên chuyển đến.',
      'đảng viên chuyển đến. Số đảng viên tăng thực 999 đồng chí, theo Chỉ thị số 50-CT/TW ngày 20/12/2023.',
    );
    const file = join(out, 'typed.md');
    await writeFile(file, text);
    return file;
  }

  it('warns about a figure and a citation of the text, and adds the slip with --findings appendix', async () => {
    const file = join(out, 'slip.md');
    const { code, stderr } = await report([
      '--narrative',
      await typedNarrative(),
      '-o',
      file,
      '--findings',
      'appendix',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('(3):');
    expect(stderr).toMatch(/Mục II\.2, “tăng thực 999 đồng chí”: dữ liệu tính được -?\d+ \(/u);
    expect(stderr).toContain(
      'Mục II.2, “Chỉ thị số 50-CT/TW ngày 20/12/2023”: danh mục văn bản ghi ngày 23/7/2025',
    );
    const md = await readFile(file, 'utf8');
    const slip = md.slice(md.indexOf('## PHIẾU ĐỐI CHIẾU SỐ LIỆU'));
    expect(md.indexOf('## PHIẾU ĐỐI CHIẾU SỐ LIỆU')).toBeGreaterThan(md.indexOf('Nơi nhận'));
    expect(slip).toContain('| 1 | II.2 | 02 | 1 |');
    expect(slip).toContain('| 2 | II.2 | tăng thực 999 đồng chí |');
    expect(slip).toContain('| 3 | II.2 | Chỉ thị số 50-CT/TW ngày 20/12/2023 | 23/7/2025 |');
  });

  it('writes comments only by default, and refuses another --findings value (exit 2)', async () => {
    const typed = await typedNarrative();
    const file = join(out, 'comments-only.md');
    expect((await report(['--narrative', typed, '-o', file])).code).toBe(0);
    const md = await readFile(file, 'utf8');
    expect(md).not.toContain('PHIẾU ĐỐI CHIẾU');
    expect(md).toContain('dự thảo ghi 20/12/2023; danh mục văn bản ghi 23/7/2025');
    const wrong = await report([
      '--narrative',
      typed,
      '-o',
      join(out, 'x.md'),
      '--findings',
      'tat-ca',
    ]);
    expect(wrong.code).toBe(2);
  });
});

describe('party report with figures the data lacks', () => {
  /** The minimal ward without its classification records, and a narrative that needs them. */
  async function lacking() {
    const dir = join(out, 'lacking');
    await mkdir(dir, { recursive: true });
    const data = JSON.parse(await readFile(join(root, dataset), 'utf8'));
    await writeFile(join(dir, 'data.json'), JSON.stringify({ ...data, classifications: [] }));
    const text = await readFile(join(root, narrative), 'utf8');
    await writeFile(
      join(dir, 'bao-cao.md'),
      text.replace(
        '# I. TỔ CHỨC ĐẢNG\n',
        '# I. TỔ CHỨC ĐẢNG\n\nNăm {{classification.distribution.years.0.year}} có {{classification.distribution.years.0.member.byRating.excellent}} đảng viên hoàn thành xuất sắc nhiệm vụ.\n',
      ),
    );
    return dir;
  }

  it('refuses to write the report, naming each heading and the data it needs (exit 1)', async () => {
    const dir = await lacking();
    const file = join(dir, 'refused.docx');
    const args = ['--narrative', join(dir, 'bao-cao.md'), '-o', file];
    const { code, stdout, stderr } = await report(args, {}, { dataset: join(dir, 'data.json') });
    expect(code).toBe(1);
    expect(stderr).toContain('chưa ghi báo cáo');
    expect(stderr).toContain('--draft');
    expect(stdout).toContain(
      'Mục I (TỔ CHỨC ĐẢNG): Xếp loại chất lượng › Kết quả xếp loại › Năm › mục thứ 1 › Năm xếp loại; ',
    );
    expect(stdout).toContain('Theo mức xếp loại › Hoàn thành xuất sắc nhiệm vụ');
    expect(stdout + stderr).not.toContain('classification.');
    await expect(readFile(file)).rejects.toThrow();
  });

  it('writes a draft with --draft, marks in place and the headings listed', async () => {
    const dir = await lacking();
    const file = join(dir, 'draft.md');
    const args = ['--narrative', join(dir, 'bao-cao.md'), '-o', file, '--draft'];
    const { code, stderr } = await report(args, {}, { dataset: join(dir, 'data.json') });
    expect(code).toBe(0);
    expect(stderr).toContain('Bản nháp');
    expect(stderr).toContain('Mục I (TỔ CHỨC ĐẢNG)');
    expect(stderr).not.toContain('được viết cho');
    expect(await readFile(file, 'utf8')).toMatch(
      /thiếu số liệu: classification\.distribution\.years\.0\.year/u,
    );
  });

  it('heads the report with the data’s ward and says when the narrative is of another ward', async () => {
    const dir = await lacking();
    const text = await readFile(join(dir, 'bao-cao.md'), 'utf8');
    await writeFile(
      join(dir, 'khac.md'),
      text.replace('Cấp ủy: Đảng ủy phường Mẫu', 'Cấp ủy: Đảng ủy phường Dương Kinh'),
    );
    const file = join(dir, 'khac-out.md');
    const args = ['--narrative', join(dir, 'khac.md'), '-o', file, '--draft'];
    const { code, stderr } = await report(args, {}, { dataset: join(dir, 'data.json') });
    expect(code).toBe(0);
    expect(stderr).toContain('được viết cho phường Dương Kinh, còn dữ liệu là của phường Mẫu');
    const md = await readFile(file, 'utf8');
    expect(md).toContain('ĐẢNG ỦY PHƯỜNG MẪU');
    expect(md).not.toContain('ĐẢNG ỦY PHƯỜNG DƯƠNG KINH');
  });
});
