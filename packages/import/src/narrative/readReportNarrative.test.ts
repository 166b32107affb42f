import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReportNarrative } from './readReportNarrative';

const example = new URL('../../../../examples/minimal/bao-cao.md', import.meta.url).pathname;
let dir: string;
let text: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'party-narrative-'));
  text = await readFile(example, 'utf8');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readReportNarrative', () => {
  it('reads one Markdown file, and the same text split over a folder, into the same template', async () => {
    const one = await readReportNarrative(example);
    expect(one.ok).toBe(true);
    const folder = join(dir, 'noi-dung');
    await mkdir(folder);
    const cut = text.indexOf('# II.');
    await writeFile(join(folder, '02-sau.md'), text.slice(cut));
    await writeFile(join(folder, '01-dau.md'), `\uFEFF${text.slice(0, cut)}`);
    await writeFile(join(folder, 'ghi-chu.txt'), 'không đọc tệp này');
    const split = await readReportNarrative(folder);
    expect(split).toEqual(one);
  });

  it('points each problem at its file and line, shown from the working folder', async () => {
    const folder = join(dir, 'loi');
    await mkdir(folder);
    const cut = text.indexOf('# II.');
    await writeFile(join(folder, '01-dau.md'), text.slice(0, cut));
    await writeFile(
      join(folder, '02-sau.md'),
      text.slice(cut).replace('## 2. Biến động', '## Biến động'),
    );
    const read = await readReportNarrative('loi', { cwd: dir });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toEqual([
      expect.objectContaining({ file: join('loi', '02-sau.md'), line: 9 }),
    ]);
    expect(read.problems[0]?.message.en).toContain('has no number');
  });

  it('reads a JSON template and names what is wrong in it', async () => {
    const file = join(dir, 'mau.json');
    await writeFile(file, JSON.stringify({ summary: 'x' }));
    const read = await readReportNarrative(file);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.message.vi).join()).toContain('header');
  });

  it('throws the bilingual unreadable-input error for a missing path, an empty folder or bad JSON', async () => {
    await expect(readReportNarrative(join(dir, 'khong-co.md'))).rejects.toMatchObject({
      code: 'unreadable-input',
      localized: expect.objectContaining({ en: expect.stringContaining('was not found') }),
    });
    await mkdir(join(dir, 'trong'));
    await expect(readReportNarrative(join(dir, 'trong'))).rejects.toThrow(/không có tệp \.md/u);
    await writeFile(join(dir, 'hong.json'), '{');
    await expect(readReportNarrative(join(dir, 'hong.json'))).rejects.toThrow(/không phải JSON/u);
  });
});
