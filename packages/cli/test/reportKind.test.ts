import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from './runInProcess';

/** The example ward of two years, with classifications for 2024 and 2025. */
const dataset = 'examples/ward-history/dataset.json';
let out: string;

const run = (argv: string[]) => runInProcess(argv, {}, {});

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'party-report-kind-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe('party report --kind xep-loai', () => {
  it.each([2024, 2025])(
    'writes the classification report of %i from the data alone',
    async (year) => {
      const base = join(out, `xep-loai-${year}`);
      const { code, stdout } = await run([
        'report',
        dataset,
        '--kind',
        'xep-loai',
        '--year',
        String(year),
        '-o',
        base,
        '--format',
        'docx,md',
      ]);
      expect(code).toBe(0);
      expect(stdout).toBe(`Đã lập báo cáo: ${base}.docx, ${base}.md\n`);
      const md = await readFile(`${base}.md`, 'utf8');
      expect(md).toContain(
        `kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year}`,
      );
      // Dated 31 December of the year unless --as-of says otherwise.
      expect(md).toContain(`ngày 31 tháng 12 năm ${year}`);
      expect(md).toContain(`**Biểu 2. Kết quả xếp loại chất lượng đảng viên năm ${year}**`);
      const docx = unzipSync(new Uint8Array(await readFile(`${base}.docx`)));
      expect(strFromU8(docx['word/document.xml'] as Uint8Array)).toContain(
        'ĐẢNG ỦY PHƯỜNG HÒA BÌNH',
      );
    },
  );

  it('compares 2025 with 2024, finds the cap exceeded and the rating its score does not allow', async () => {
    const base = join(out, 'compare');
    const { code } = await run([
      'report',
      dataset,
      '--kind',
      'xep-loai',
      '--year',
      '2025',
      '--as-of',
      '2026-01-15',
      '-o',
      `${base}.md`,
    ]);
    expect(code).toBe(0);
    const md = await readFile(`${base}.md`, 'utf8');
    expect(md).toContain('ngày 15 tháng 01 năm 2026');
    expect(md).toContain('| Hoàn thành xuất sắc nhiệm vụ | 1 (7,7%) | 2 (15,4%) | +1 |');
    expect(md).toContain('mức tối đa là 1 (20,0% của 9 đảng viên hoàn thành tốt nhiệm vụ): vượt 1');
    expect(md).toContain('- Đảng viên mã M03: 68 điểm');
    expect(md).not.toMatch(/Nguyễn|Trần|Lê /u);
  });

  it('refuses a year absent from the data with exit 1 and the years it has, in either language', async () => {
    const vi = await run([
      'report',
      dataset,
      '--kind',
      'xep-loai',
      '--year',
      '2023',
      '-o',
      join(out, 'x.docx'),
    ]);
    expect(vi.code).toBe(1);
    expect(vi.stderr).toContain(
      'Dữ liệu không có kết quả xếp loại chất lượng (tệp xep-loai) năm 2023',
    );
    expect(vi.stderr).toContain('Các năm có dữ liệu: 2024, 2025.');
    const en = await run([
      'report',
      dataset,
      '--kind',
      'xep-loai',
      '--year',
      '2023',
      '-o',
      join(out, 'x.docx'),
      '--lang',
      'en',
    ]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('Years in the data: 2024, 2025.');
  });

  it('needs --year, knows its kinds, and still needs --narrative and the window without --kind', async () => {
    const noYear = await run(['report', dataset, '--kind', 'xep-loai', '-o', join(out, 'y.docx')]);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('--year');
    const unknown = await run([
      'report',
      dataset,
      '--kind',
      'dai-hoi',
      '--year',
      '2025',
      '-o',
      join(out, 'z.docx'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Các loại có: xep-loai.');
    const plain = await run(['report', dataset, '-o', join(out, 'p.docx')]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain("required option '--as-of <date>' not specified");
  });
});
