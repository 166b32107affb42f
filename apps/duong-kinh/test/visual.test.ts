import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxRenderer } from '@org/party-docx';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA } from '../src/config';
import { buildSampleReport } from '../src/report';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

const tools = has('soffice') && has('pdftotext') && has('pdftoppm');
const artifacts = new URL('../artifacts/', import.meta.url).pathname;

/**
 * The whole Dương Kinh report through LibreOffice (where it is installed, as
 * in CI): an A4 document of several pages, page numbers from page 2, the
 * header and the signature where the Party's format puts them. Page 1 and
 * the last page are kept as PNG in `artifacts/` for a look.
 */
describe.skipIf(!tools)('the Dương Kinh report in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'party-dk-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints as a signed-ready A4 report', { timeout: 180_000 }, async () => {
    const { report } = await buildSampleReport(DATA.csv);
    const docx = join(dir, 'bao-cao.docx');
    writeFileSync(docx, await docxRenderer.render(report.model));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        docx,
      ],
      { stdio: 'pipe', timeout: 150_000 },
    );
    const pdf = join(dir, 'bao-cao.pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
    // About ten pages of A4, as the handwritten report.
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(pages.length).toBeLessThanOrEqual(14);
    const firstLine = (page: string) =>
      page
        .split('\n')
        .find((line) => line.trim() !== '')
        ?.trim();
    expect(firstLine(pages[0] ?? '')).toMatch(
      /^ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\s+ĐẢNG CỘNG SẢN VIỆT NAM$/u,
    );
    for (const [index, page] of pages.entries()) {
      if (index > 0) expect(firstLine(page), `page ${index + 1}`).toBe(String(index + 1));
    }
    const last = pages.at(-1) ?? '';
    expect(last).toMatch(/Nơi nhận:\s+T\/M BAN THƯỜNG VỤ/u);
    expect(last).toContain('Phạm Văn Mẫu');
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(pdf, join(artifacts, 'bao-cao.pdf'));
    const n = String(pages.length);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, join(dir, 'first')]);
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', n, '-l', n, pdf, join(dir, 'last')]);
    const pad = (page: number) => String(page).padStart(n.length, '0');
    copyFileSync(join(dir, `first-${pad(1)}.png`), join(artifacts, 'page-first.png'));
    copyFileSync(join(dir, `last-${pad(pages.length)}.png`), join(artifacts, 'page-last.png'));
  });
});
