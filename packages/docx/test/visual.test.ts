import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toDocx } from '../src/index';
import { classificationModel } from './classificationModel';
import { largeModel } from './largeModel';
import { model } from './sampleModel';

/** The first of some commands found on PATH, or `undefined`. */
function which(...names: string[]): string | undefined {
  for (const name of names) {
    try {
      execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'pipe' });
      return name;
    } catch {
      // not installed
    }
  }
  return undefined;
}

const soffice = which('soffice', 'libreoffice');
const pdftoppm = which('pdftoppm');
const pdfinfo = which('pdfinfo');
const artifacts = new URL('../artifacts/', import.meta.url).pathname;

/** Pages of a PDF: `pdfinfo` when present, else the `/Type /Page` objects. */
function pageCount(pdf: string): number {
  if (pdfinfo) {
    const info = execFileSync(pdfinfo, [pdf], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1]);
  }
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? []).length;
}

/**
 * Visual check with LibreOffice (runs only where `soffice` is installed,
 * e.g. CI with PARTY_CI_VISUAL=1): the DOCX converts to a PDF with the
 * expected page count; page 1 is kept as a PNG in `artifacts/` for a look.
 */
describe.skipIf(!soffice)('LibreOffice rendering', () => {
  const dir = mkdtempSync(join(tmpdir(), 'party-docx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const convert = async (name: string, bytes: Uint8Array): Promise<string> => {
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, bytes);
    execFileSync(
      soffice as string,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(docx, join(artifacts, `${name}.docx`));
    copyFileSync(join(dir, `${name}.pdf`), join(artifacts, `${name}.pdf`));
    return join(dir, `${name}.pdf`);
  };

  it('has a font with the metrics of Times New Roman, so lines wrap as in Word', () => {
    // The document asks for Times New Roman. Without it or its metric twin
    // (Liberation Serif, Debian's fonts-liberation2), LibreOffice falls back to
    // a wider face and the header columns wrap: the checks below would then
    // measure the fallback font, not the document.
    const fcMatch = which('fc-match');
    if (!fcMatch) return;
    const face = execFileSync(fcMatch, ['Times New Roman'], { encoding: 'utf8' });
    expect(face, 'install fonts-liberation2 (see .ci/run)').toMatch(
      /Times New Roman|Liberation Serif|Tinos/u,
    );
  });

  it('prints the sample report on one A4 page', { timeout: 180_000 }, async () => {
    const pdf = await convert('sample', await toDocx(model));
    expect(pageCount(pdf)).toBe(1);
    if (pdfinfo) {
      const info = execFileSync(pdfinfo, [pdf], { encoding: 'utf8' });
      // A4 is 595.28 × 841.89 pt (rounded differently by poppler versions).
      expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/u);
    }
    const text = which('pdftotext');
    if (text) {
      const lines = execFileSync(text, ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\n');
      // Side by side: number and date on one line; Nơi nhận beside the signing authority.
      expect(lines).toContainEqual(expect.stringMatching(/Số 07-BC\/ĐU\s+Hải Phòng, ngày 05/u));
      expect(lines).toContainEqual(expect.stringMatching(/Nơi nhận:\s+T\/M BAN THƯỜNG VỤ/u));
    }
    if (pdftoppm) {
      execFileSync(pdftoppm, ['-png', '-r', '80', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
      // pdftoppm pads the page number to the width of the page count.
      copyFileSync(join(dir, 'page-1.png'), join(artifacts, 'sample-page1.png'));
    }
  });

  it('prints the larger report on two pages, numbered from page 2', {
    timeout: 180_000,
  }, async () => {
    const pdf = await convert('large', await toDocx(largeModel));
    expect(pageCount(pdf)).toBe(2);
    if (pdftoppm) {
      for (const page of [1, 2]) {
        const p = String(page);
        execFileSync(pdftoppm, ['-png', '-r', '80', '-f', p, '-l', p, pdf, join(dir, 'large')]);
        copyFileSync(join(dir, `large-${p}.png`), join(artifacts, `large-page${p}.png`));
      }
    }
    const text = which('pdftotext');
    if (text) {
      const pages = execFileSync(text, ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
      const firstLine = (page = '') =>
        page
          .split('\n')
          .find((line) => line.trim() !== '')
          ?.trim();
      // Page 1 starts with the two header columns side by side, no page number.
      expect(firstLine(pages[0])).toMatch(
        /^ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\s+ĐẢNG CỘNG SẢN VIỆT NAM$/u,
      );
      expect(firstLine(pages[1])).toBe('2');
    }
  });
  it('prints the classification report like the interim review: header, tables with Biểu and Đơn vị tính, signature', {
    timeout: 180_000,
  }, async () => {
    const pdf = await convert('xep-loai', await toDocx(classificationModel));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    if (pdftoppm) {
      for (let page = 1; page <= pages; page += 1) {
        const p = String(page);
        execFileSync(pdftoppm, ['-png', '-r', '80', '-f', p, '-l', p, pdf, join(dir, 'xep-loai')]);
        copyFileSync(join(dir, `xep-loai-${p}.png`), join(artifacts, `xep-loai-page${p}.png`));
      }
    }
    const text = which('pdftotext');
    if (text) {
      const layout = execFileSync(text, ['-layout', pdf, '-'], { encoding: 'utf8' });
      const lines = layout.split('\n');
      // The same two-column header, title and closing as the interim review.
      expect(lines).toContainEqual(
        expect.stringMatching(/^ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\s+ĐẢNG CỘNG SẢN VIỆT NAM$/u),
      );
      expect(lines).toContainEqual(expect.stringMatching(/Số 01-BC\/ĐU\s+Hải Phòng, ngày 15/u));
      expect(lines).toContainEqual(expect.stringMatching(/Nơi nhận:\s+T\/M ĐẢNG ỦY/u));
      // Each table: its number and title, then its unit at the right.
      for (const n of [1, 2, 3, 4]) {
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^\\s*Biểu ${n}\\. `, 'u')));
      }
      const unit = lines.find((line) => line.includes('Đơn vị tính: đảng viên, %')) ?? '';
      const title = lines.find((line) => line.includes('Biểu 2.')) ?? '';
      expect(unit.indexOf('Đơn vị tính')).toBeGreaterThan(title.indexOf('Biểu 2.'));
      // A figure column ends where its header ends (right-aligned), not where the label starts.
      const row = lines.find((line) => /^\s*Hoàn thành tốt nhiệm vụ\s+13 \(/u.test(line)) ?? '';
      expect(row).toMatch(/13 \(72,2%\)\s+13 \(65,0%\)\s+0$/u);
    }
  });
});
