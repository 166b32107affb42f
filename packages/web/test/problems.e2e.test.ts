// The problems of the data on the page, in a real headless Chromium, on a
// desktop (1366×768) and a phone (390×844): 8 errors among 357 warnings of one
// kind are all shown first, the warnings fold into one line with their count,
// the filter works, nothing scrolls sideways on the phone, and after an
// upload or the sample button the focus is on the result. Screenshots of each
// step go to .e2e/ (problems-*.png). Skipped where no Chromium is installed.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReport, type Dataset, type Stats } from '@org/party-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PartyServer, serve } from '../src/node';
import { CHROMIUM, launchChromium, SAMPLE_WORKBOOK, SHOTS } from './browser';
import { TEMPLATE, TOKEN } from './helpers';
import { MEMBER_ERROR_ROWS, PROBLEM_AS_OF, PROBLEM_COUNTS, problemFiles } from './problemData';

const SIZES = [
  { name: 'desktop', width: 1366, height: 768, mobile: false },
  { name: 'phone', width: 390, height: 844, mobile: true },
] as const;

function report({ dataset, stats }: { dataset: Dataset; stats: Stats }) {
  const committee = dataset.ward.committee ?? TEMPLATE.header.committee;
  return buildReport({ ...TEMPLATE, header: { ...TEMPLATE.header, committee } }, stats);
}

/** Where each error row and each folded kind is on the screen, and what they say. */
interface Layout {
  errors: { text: string; top: number; bottom: number; shown: boolean }[];
  kinds: { text: string; top: number; open: boolean; shown: boolean; rows: number }[];
}

// Scripts for the browser are strings: this file is type-checked for Node.
const LAYOUT = `(() => {
  const box = (node) => node.getBoundingClientRect();
  const shown = (node) => node.offsetParent !== null;
  return {
    errors: [...document.querySelectorAll('#issues-table tr.error')].map((row) => ({
      text: row.textContent, top: box(row).top, bottom: box(row).bottom, shown: shown(row),
    })),
    kinds: [...document.querySelectorAll('details.kind')].map((details) => ({
      text: details.querySelector('summary').textContent, top: box(details).top,
      open: details.open, shown: shown(details), rows: details.querySelectorAll('tbody tr').length,
    })),
  };
})()`;

/** What sticks out sideways: the page's own scroll width, and any element wider than the screen or scrolling sideways inside. */
const SIDEWAYS = `(() => {
  const width = document.documentElement.clientWidth;
  const inner = [...document.querySelectorAll('#issues-section *')].filter((node) => {
    const style = getComputedStyle(node);
    const scrolls = /auto|scroll/.test(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
    return scrolls || node.getBoundingClientRect().right > width + 1;
  }).map((node) => node.tagName + '.' + node.className);
  return { page: document.scrollingElement.scrollWidth, width, inner };
})()`;

const activeId = (page: Page) => page.evaluate<string>('document.activeElement?.id ?? ""');

describe.skipIf(!existsSync(CHROMIUM))('the problems on the page, in headless Chromium', () => {
  let server: PartyServer;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await serve({
      port: 0,
      auth: { token: TOKEN },
      report,
      sample: SAMPLE_WORKBOOK,
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(SIZES)('on a $name ($width×$height)', (size) => {
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];
    const shot = (step: string) =>
      page.screenshot({ path: join(SHOTS, `problems-${step}-${size.width}x${size.height}.png`) });

    beforeAll(async () => {
      context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        isMobile: size.mobile,
        hasTouch: size.mobile,
        locale: 'vi-VN',
      });
      page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]');
      await page.fill('#token', TOKEN);
      await page.click('#token-form button');
      await page.fill('#as-of', PROBLEM_AS_OF);
      await page.fill('#from', '2025-07-01');
    }, 60_000);

    afterAll(async () => {
      await context?.close();
    });

    it('shows every error first, folds the warnings by kind, and focuses the result after an upload', async () => {
      await page.setInputFiles(
        '#files',
        problemFiles().map(({ name, bytes }) => ({
          name,
          mimeType: 'text/csv',
          buffer: Buffer.from(bytes),
        })),
      );
      await page.waitForSelector('#issues-table tr.error');
      await expect(activeId(page)).resolves.toBe('issues-title');
      await expect(page.textContent('#issues-summary')).resolves.toContain(
        `${PROBLEM_COUNTS.errors} lỗi cần sửa`,
      );
      await shot('first-screen');

      const layout = await page.evaluate<Layout>(LAYOUT);
      expect(layout.errors).toHaveLength(PROBLEM_COUNTS.errors);
      const places = layout.errors.map(({ text }) => text.match(/^(?:\d+)/u)?.[0]);
      expect(places).toEqual([...MEMBER_ERROR_ROWS.map(String), '25', '26']);
      const firstKind = Math.min(...layout.kinds.map((kind) => kind.top));
      for (const error of layout.errors) {
        expect(error.shown).toBe(true);
        // Before any warning or notice…
        expect(error.bottom).toBeLessThanOrEqual(firstKind);
      }
      // …and on a desktop all of them on the first screen.
      const onScreen = layout.errors.filter(({ top, bottom }) => top >= 0 && bottom <= size.height);
      if (size.mobile) expect(onScreen.length).toBeGreaterThan(0);
      else expect(onScreen).toHaveLength(PROBLEM_COUNTS.errors);

      // One folded line per kind, with its count; no rows until opened.
      // Warnings, then notices, each kind in file order (to-chuc before dang-vien).
      expect(layout.kinds.map(({ text, open, rows }) => ({ text, open, rows }))).toEqual([
        { text: expect.stringMatching(/^Cảnh báo1Chi bộ có ít hơn 3/u), open: false, rows: 0 },
        {
          text: 'Cảnh báo357Dự bị quá hạn, chưa có ngày chính thứcTệp dang-vien.csv · cột “Ngày chính thức”',
          open: false,
          rows: 0,
        },
        { text: expect.stringMatching(/^Lưu ý29Ngày chỉ có năm/u), open: false, rows: 0 },
      ]);
      const overdue = page.locator('details.kind', { hasText: 'Dự bị quá hạn' });
      await overdue.locator('summary').click();
      // The rows are built when the line opens (the toggle event comes a moment later).
      await overdue.locator('tbody tr').first().waitFor();
      const opened = await page.evaluate<Layout>(LAYOUT);
      expect(opened.kinds[1]).toMatchObject({ open: true, rows: 200 });
      await expect(overdue.locator('.kind-rest').textContent()).resolves.toContain(
        'Còn 157 vấn đề cùng loại',
      );
      await overdue.scrollIntoViewIfNeeded();
      await shot('kind-open');

      // Nothing scrolls sideways, not even with 200 rows open.
      const sideways = await page.evaluate<{ page: number; width: number; inner: string[] }>(
        SIDEWAYS,
      );
      expect(sideways.inner).toEqual([]);
      expect(sideways.page).toBeLessThanOrEqual(size.width);
      expect(problems).toEqual([]);
    }, 60_000);

    it('filters the problems by severity and by file', async () => {
      const visible = async () => {
        const layout = await page.evaluate<Layout>(LAYOUT);
        return {
          errors: layout.errors.filter(({ shown }) => shown).length,
          kinds: layout.kinds.filter(({ shown }) => shown).length,
        };
      };
      await page.selectOption('#filter-severity', 'error');
      await expect(visible()).resolves.toEqual({ errors: 8, kinds: 0 });
      await page.selectOption('#filter-severity', 'warning');
      await expect(visible()).resolves.toEqual({ errors: 0, kinds: 2 });
      await page.selectOption('#filter-severity', 'notice');
      await expect(visible()).resolves.toEqual({ errors: 0, kinds: 1 });
      await page.selectOption('#filter-severity', '');
      await page.selectOption('#filter-place', 'Tệp bien-dong.csv');
      await expect(visible()).resolves.toEqual({ errors: 2, kinds: 0 });
      await expect(page.textContent('.filter-note')).resolves.toBe(
        'Đang hiện 2 lỗi và 0 nhóm cảnh báo, lưu ý.',
      );
      await page.evaluate("document.getElementById('issues-title').scrollIntoView()");
      await shot('filtered');
      await page.selectOption('#filter-place', 'Tệp to-chuc.csv');
      await page.selectOption('#filter-severity', 'notice');
      await expect(page.textContent('.filter-note')).resolves.toBe(
        'Không có vấn đề nào khớp bộ lọc.',
      );
      await page.selectOption('#filter-place', '');
      await page.selectOption('#filter-severity', '');
      await expect(visible()).resolves.toEqual({ errors: 8, kinds: 3 });
    }, 60_000);

    it('focuses the result after “Dùng dữ liệu mẫu”', async () => {
      await page.focus('#sample');
      await page.click('#sample');
      await page
        .locator('.kpi:first-child .kpi-value', { hasText: /^1\.239$/u })
        .waitFor({ timeout: 30_000 });
      // Polled from the test (page.evaluate is not subject to the page's CSP,
      // which forbids the string evaluation waitForFunction would need).
      await expect
        .poll(() => activeId(page), { timeout: 5_000, interval: 100 })
        .toBe('issues-title');
      // The preview that follows by itself leaves the focus where it is.
      await page.waitForSelector('#report-note li', { timeout: 30_000 });
      await expect(activeId(page)).resolves.toBe('issues-title');
      await expect(page.textContent('#issues-summary')).resolves.toContain('Dữ liệu hợp lệ');
      await shot('sample');
      expect(problems).toEqual([]);
    }, 60_000);
  });
});
