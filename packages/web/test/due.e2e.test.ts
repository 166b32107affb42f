// The "Sắp đến hạn" panel in real Chromium at a laptop's and a phone's size:
// the next three months from the data date, grouped by kind and month,
// folded and opened from the keyboard, overdue items marked, the downloads,
// and no sideways scroll. Screenshots in .e2e/due-*.png.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PartyServer, serve } from '../src/node';
import { CHROMIUM, launchChromium, SAMPLE, SHOTS } from './browser';
import { TOKEN } from './helpers';

const SIZES = [
  ['desktop', 1366, 768],
  ['phone', 390, 844],
] as const;

describe.skipIf(!existsSync(CHROMIUM))('the due panel in Chromium', () => {
  let server: PartyServer;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await serve({ port: 0, auth: { token: TOKEN } });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openWithData(
    width: number,
    height: number,
    prepare?: (page: Page) => Promise<unknown>,
  ): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width, height },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await prepare?.(page);
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#token', TOKEN);
    await page.click('#token-form button');
    await page.waitForSelector('#token-message[data-state="right"]');
    for (const [selector, value] of [
      ['#as-of', '01/03/2026'],
      ['#from', '01/07/2025'],
    ] as const) {
      await page.fill(selector, value);
      await page.press(selector, 'Tab');
    }
    await page.setInputFiles('#files', SAMPLE);
    await page.waitForSelector('#due-section:not([hidden]) #due-list > *', { timeout: 45_000 });
    return page;
  }

  it.each(SIZES)(
    'lists the next three months by kind and month, opens from the keyboard, fits (%s)',
    async (name, width, height) => {
      const page = await openWithData(width, height);
      await expect(page.inputValue('#due-from')).resolves.toBe('01/03/2026');
      await expect(page.inputValue('#due-until')).resolves.toBe('31/05/2026');
      await expect(page.textContent('#due-window')).resolves.toMatch(
        /^Từ ngày 01\/03\/2026 đến ngày 31\/05\/2026: \d+ việc/u,
      );
      const kinds = page.locator('#due-list details.due-kind');
      expect(await kinds.count()).toBeGreaterThan(0);
      // Folded at first; the summary opens from the keyboard.
      await expect(kinds.first().getAttribute('open')).resolves.toBeNull();
      await kinds.first().locator('summary').focus();
      await page.keyboard.press('Enter');
      await expect(kinds.first().getAttribute('open')).resolves.toBe('');
      const dates = await kinds.first().locator('.due-date').allTextContents();
      expect(dates.length).toBeGreaterThan(0);
      for (const date of dates) expect(date).toMatch(/^\d{2}\/\d{2}\/\d{4}$/u);
      await expect(kinds.first().locator('h4').first().textContent()).resolves.toMatch(
        /^Tháng \d{1,2}\/\d{4} \(\d+\)$/u,
      );
      await expect(page.textContent('#badge-title')).resolves.toBe('Huy hiệu Đảng đợt 19/5/2026');
      // No sideways scroll, every button inside the screen.
      await expect(
        page.evaluate('document.documentElement.scrollWidth'),
      ).resolves.toBeLessThanOrEqual(width);
      for (const id of ['due-show', 'due-ics', 'due-xlsx', 'badge-docx', 'badge-xlsx']) {
        const box = await page.locator(`#${id}`).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width, id).toBe(true);
      }
      await page.locator('#due-title').scrollIntoViewIfNeeded();
      await page.evaluate("document.getElementById('due-section').scrollIntoView()");
      await page.screenshot({ path: join(SHOTS, `due-${name}-${width}x${height}.png`) });
      await page.locator('#due-section').screenshot({
        path: join(SHOTS, `due-panel-${name}-${width}x${height}.png`),
      });
      await page.context().close();
    },
    90_000,
  );

  it('marks the overdue items, and counts them on the folded kind (phone)', async () => {
    // On its data date the sample has one item overdue, a congress term
    // (NN03, the last kind); the first two probation ends, the first kind,
    // are marked overdue on their way to the page.
    const page = await openWithData(390, 844, (p) =>
      p.addInitScript({
        content: `{
          const original = window.fetch;
          window.fetch = async (input, init) => {
            const response = await original(input, init);
            const url = String(input);
            if (!/\\/due\\?/.test(url) || /format=/.test(url) || !response.ok) return response;
            const body = await response.json();
            const ends = body.items.filter((item) => item.kind === 'probation-end');
            for (const item of ends.slice(0, 2)) item.overdue = true;
            return new Response(JSON.stringify(body), {
              status: 200,
              headers: { 'Content-Type': 'application/json' },
            });
          };
        }`,
      }),
    );
    const first = page.locator('#due-list details.due-kind').first();
    await expect(first.locator('summary .badge.error').textContent()).resolves.toBe('2 quá hạn');
    await first.locator('summary').click();
    await expect(first.locator('.due-item.overdue').count()).resolves.toBe(2);
    await expect(first.locator('.due-item.overdue .badge').first().textContent()).resolves.toBe(
      'Quá hạn',
    );
    await expect(page.textContent('#due-window')).resolves.toContain('trong đó 3 việc quá hạn');
    const congress = page.locator('#due-list details.due-kind[data-kind="congress-term"]');
    await expect(congress.locator('summary .badge.error').textContent()).resolves.toBe('1 quá hạn');
    await page.evaluate("document.getElementById('due-section').scrollIntoView()");
    await page.screenshot({ path: join(SHOTS, 'due-overdue-phone-390x844.png') });
    await page.context().close();
  }, 90_000);

  it('downloads the calendar and the badge list, and shows a narrower window', async () => {
    const page = await openWithData(390, 844);
    const [ics] = await Promise.all([page.waitForEvent('download'), page.click('#due-ics')]);
    expect(ics.suggestedFilename()).toBe('viec-den-han-2026-03-01-2026-05-31.ics');
    const text = readFileSync((await ics.path()) as string, 'utf8');
    expect(text).toContain('BEGIN:VCALENDAR');
    const [docx] = await Promise.all([page.waitForEvent('download'), page.click('#badge-docx')]);
    expect(docx.suggestedFilename()).toBe('huy-hieu-dang-2026-05-19.docx');
    await page.fill('#due-until', '02/03/2026');
    await page.press('#due-until', 'Tab');
    await page.click('#due-show');
    await expect
      .poll(() => page.textContent('#due-window'), { timeout: 20_000 })
      .toContain('đến ngày 02/03/2026');
    await page.context().close();
  }, 90_000);
});
