// The page's date fields and token field in real Chromium set to American
// English: dates are still typed and shown dd/mm/yyyy, a wrong token is said
// wrong as soon as it is saved, both fit a phone. Screenshots in .e2e/.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PartyServer, serve } from '../src/node';
import { CHROMIUM, launchChromium, SAMPLE, SAMPLE_WORKBOOK, SHOTS } from './browser';
import { TOKEN } from './helpers';

const SIZES = [
  ['desktop', 1366, 768],
  ['phone', 390, 844],
] as const;

describe.skipIf(!existsSync(CHROMIUM))('dates and token in an en-US Chromium', () => {
  let server: PartyServer;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await serve({
      port: 0,
      auth: { token: TOKEN },
      sample: SAMPLE_WORKBOOK,
    });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number, height: number): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  async function type(page: Page, selector: string, text: string): Promise<string> {
    await page.fill(selector, text);
    await page.press(selector, 'Tab');
    return page.inputValue(selector);
  }

  it.each(SIZES)(
    'checks the token when it is saved (%s)',
    async (name, width, height) => {
      const page = await open(width, height);
      await page.fill('#token', `${TOKEN}x`);
      await page.click('#token-form button');
      await page.waitForSelector('#token-message[data-state="wrong"]');
      await expect(page.textContent('#token-message')).resolves.toContain('không đúng');
      await expect(page.getAttribute('#token', 'aria-invalid')).resolves.toBe('true');
      await expect(page.evaluate('sessionStorage.length')).resolves.toBe(0);
      const box = await page.locator('#token').boundingBox();
      const button = await page.locator('#token-form button').boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      expect(button && button.x + button.width <= width).toBe(true);
      await page.screenshot({ path: join(SHOTS, `token-wrong-${name}-${width}x${height}.png`) });

      await page.fill('#token', TOKEN);
      await page.click('#token-form button');
      await page.waitForSelector('#token-message[data-state="right"]');
      await expect(page.getAttribute('#token', 'aria-invalid')).resolves.toBeNull();
      await page.context().close();
    },
    60_000,
  );

  it.each(SIZES)(
    'types and shows dates day first (%s)',
    async (name, width, height) => {
      const page = await open(width, height);
      await expect(page.evaluate('navigator.language')).resolves.toBe('en-US');
      await expect(page.getAttribute('#as-of', 'type')).resolves.toBe('text');
      await expect(page.getAttribute('#as-of', 'inputmode')).resolves.toBe('numeric');
      await expect(page.getAttribute('#as-of', 'placeholder')).resolves.toBe('dd/mm/yyyy');
      await expect(type(page, '#as-of', '1/3/2026')).resolves.toBe('01/03/2026');
      await expect(type(page, '#from', '2025-07-01')).resolves.toBe('01/07/2025');
      await expect(page.textContent('#window-text')).resolves.toBe(
        'Số liệu tính đến ngày 1/3/2026; biến động tính từ 1/7/2025 đến 1/3/2026.',
      );
      await expect(type(page, '#from', '31/02/2026')).resolves.toBe('31/02/2026');
      await expect(page.isVisible('#from-error')).resolves.toBe(true);
      await expect(page.textContent('#from-error')).resolves.toBe(
        'Không có ngày 31/2/2026: tháng 2 năm 2026 chỉ có 28 ngày.',
      );
      await expect(page.getAttribute('#from', 'aria-invalid')).resolves.toBe('true');
      await page.locator('.data-side').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `dates-invalid-${name}-${width}x${height}.png`) });
      await expect(type(page, '#from', '1.7.2025')).resolves.toBe('01/07/2025');
      await expect(page.isHidden('#from-error')).resolves.toBe(true);
      await page.context().close();
    },
    60_000,
  );

  it('sends the typed dates as ISO, and writes every share with one decimal and one minus', async () => {
    const page = await open(390, 844);
    await page.fill('#token', TOKEN);
    await page.click('#token-form button');
    await page.waitForSelector('#token-message[data-state="right"]');
    await type(page, '#as-of', '01/03/2026');
    await type(page, '#from', '1/7/2025');
    await page.setInputFiles('#files', SAMPLE);
    await page.waitForSelector('#dashboard:not([hidden]) .kpi');
    await expect(page.textContent('#dash-window')).resolves.toContain('1/3/2026');
    await page.evaluate(
      "for (const d of document.querySelectorAll('details')) d.open = true; document.getElementById('fig-movements').scrollIntoView()",
    );
    const text = await page.innerText('#dashboard');
    const shares = text.match(/[\d.,]+%/gu) ?? [];
    expect(shares.length).toBeGreaterThan(10);
    for (const share of shares) expect(share).toMatch(/^\d{1,3},\d%$/u);
    expect(text).not.toMatch(/-\d|[−+-]0\b/u);
    expect(text).toMatch(/−\d/u);
    await page.locator('#fig-movements .canvas-box').screenshot({
      path: join(SHOTS, 'movements-phone-390x844.png'),
    });
    await page.context().close();
  }, 60_000);
});
