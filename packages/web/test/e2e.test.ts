// The page in a real headless Chromium: upload the Dương Kinh workbook, read
// the dashboard, preview the report, download the DOCX; no console error and
// no CSP violation on the way. Skipped where no Chromium is installed (CI
// installs it, see .ci/run); fails, naming the path, where the sample app's
// workbook is missing.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReport, type Dataset, type Stats } from '@org/party-core';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PartyServer, serve } from '../src/node';
import { CHROMIUM, launchChromium, SAMPLE, SAMPLE_WORKBOOK, SHOTS } from './browser';
import { csvFolder, IMPORT_FIXTURES, TEMPLATE, TOKEN } from './helpers';

/** The host's report builder: the test template under the ward's own committee name. */
function report({ dataset, stats }: { dataset: Dataset; stats: Stats }) {
  const committee = dataset.ward.committee ?? TEMPLATE.header.committee;
  return buildReport({ ...TEMPLATE, header: { ...TEMPLATE.header, committee } }, stats);
}

describe.skipIf(!existsSync(CHROMIUM))('the page in headless Chromium', () => {
  let server: PartyServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    expect(existsSync(SAMPLE), `the Dương Kinh sample workbook is missing: ${SAMPLE}`).toBe(true);
    await mkdir(SHOTS, { recursive: true });
    server = await serve({
      port: 0,
      auth: { token: TOKEN },
      report,
      sample: SAMPLE_WORKBOOK,
    });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
      locale: 'vi-VN',
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`${message.type()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
    // Scripts for the browser are strings: this file is type-checked for Node.
    await context.addInitScript({
      content: `window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
        });`,
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cspViolations = () => page.evaluate<string[]>('window.cspViolations ?? []');

  it('uploads the workbook, shows the dashboard and the report, downloads the DOCX', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/u);
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    // The server asks for a token: the page shows the field.
    await expect(page.isVisible('#token-form')).resolves.toBe(true);
    await page.fill('#token', TOKEN);
    await page.click('#token-form button');
    // The token is checked by the server when it is saved.
    await page.waitForSelector('#token-message[data-state="right"]');
    await page.fill('#as-of', '2026-03-01');
    await page.fill('#from', '2025-07-01');

    await page.setInputFiles('#files', SAMPLE);
    await page.waitForSelector('#dashboard:not([hidden]) .kpi');
    const total = await page.textContent('.kpi:first-child .kpi-value');
    expect(total).toBe('1.239');
    await expect(page.textContent('.kpi:first-child .kpi-label')).resolves.toBe(
      'Tổng số đảng viên',
    );
    await expect(page.textContent('#issues-summary')).resolves.toContain('Dữ liệu hợp lệ');
    for (const id of ['kind', 'structure', 'gender', 'age', 'education', 'theory', 'movements']) {
      const label = await page.getAttribute(`#chart-${id}`, 'aria-label');
      expect(label, id).toMatch(/\d/u);
    }
    await expect(page.getAttribute('#chart-movements', 'aria-label')).resolves.toContain('1.239');
    await expect(page.textContent('#ward-name')).resolves.toContain('Dương Kinh');

    // The report preview appears by itself (the server has a report builder).
    await page.waitForSelector('#report-frame:not([hidden])');
    const frame = page.frameLocator('#report-frame');
    await expect(frame.locator('body').textContent()).resolves.toContain('đảng viên');
    // The findings follow the preview; each is listed with what the template
    // states, what the data gives and how.
    await page.waitForSelector('#report-note li');
    await expect(page.textContent('#report-note')).resolves.toContain('khác với số liệu');
    await expect(page.textContent('#report-note li')).resolves.toMatch(
      /mẫu ghi .+, dữ liệu cho .+\(/u,
    );

    await page.evaluate("document.getElementById('dashboard').scrollIntoView()");
    await page.screenshot({ path: join(SHOTS, 'dashboard-1366x768.png') });
    await page.screenshot({ path: join(SHOTS, 'page-full.png'), fullPage: true });
    await page.locator('#report-section').screenshot({ path: join(SHOTS, 'report.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#download-docx'),
    ]);
    expect(download.suggestedFilename()).toBe('bao-cao-2026-03-01.docx');
    const path = await download.path();
    const files = unzipSync(new Uint8Array(readFileSync(path)));
    const documentXml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const committee = 'Đảng ủy phường Dương Kinh';
    expect(documentXml.toLocaleUpperCase('vi-VN')).toContain(committee.toLocaleUpperCase('vi-VN'));

    expect(problems).toEqual([]);
    await expect(cspViolations()).resolves.toEqual([]);
  }, 60_000);

  it('lists the problems of broken CSV files by row, and loads the sample with one click', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.setInputFiles(
      '#files',
      csvFolder('csv-broken').map((file) => join(IMPORT_FIXTURES, 'csv-broken', file.name)),
    );
    await page.waitForSelector('#issues-section:not([hidden]) tbody tr.group');
    await expect(page.textContent('#issues-summary')).resolves.toContain('lỗi cần sửa');
    await expect(page.isHidden('#dashboard')).resolves.toBe(true);
    const groups = await page.$$eval('#issues-table tr.group th', (cells) =>
      cells.map((cell) => cell.textContent ?? ''),
    );
    expect(groups).toContain('Tệp dang-vien.csv');
    await page.screenshot({ path: join(SHOTS, 'issues-1366x768.png') });

    await page.click('#sample');
    await page
      .locator('.kpi:first-child .kpi-value', { hasText: /^1\.239$/u })
      .waitFor({ timeout: 30_000 });
    // The preview and its findings follow by themselves; let them finish.
    await page.waitForSelector('#report-note li', { timeout: 30_000 });
    const [template] = await Promise.all([page.waitForEvent('download'), page.click('#template')]);
    expect(template.suggestedFilename()).toBe('mau-nhap-lieu.xlsx');
    expect(problems).toEqual([]);
    await expect(cspViolations()).resolves.toEqual([]);
  }, 60_000);
});
