// The "Sổ đăng ký" panel in real Chromium at a laptop's and a phone's size,
// on a register (PGlite in a temporary folder) holding the Dương Kinh sample
// and the same ward a month later: the versions, the difference between
// them field by field with Vietnamese labels, the figures of a version, the
// audit log for the administrator, and what a reader does not see.
// Screenshots in .e2e/register-*.png.
import { existsSync, mkdtempSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dataset, Member } from '@org/party-core';
import { importDataset } from '@org/party-import/node';
import { Store, sha256 } from '@org/party-store';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PartyServer, serve } from '../src/node';
import { tokenHash } from '../src/security';
import { CHROMIUM, launchChromium, SAMPLE, SHOTS } from './browser';

const SIZES = [
  ['desktop', 1366, 768],
  ['phone', 390, 844],
] as const;
const ADMIN = 'admin-token-0123456789abcdef';
const READER = 'reader-token-0123456789abcdef';

/** The sample a month later: one member transferred out, one in, one with new occupation and theory level. */
function nextMonth(dataset: Dataset): Dataset {
  const members = [...dataset.members].sort((a, b) => a.id.localeCompare(b.id));
  const leaving = members.at(-1) as Member;
  const changing = members[0] as Member;
  const joining: Member = { ...(members[1] as Member), id: 'DV-MOI-0001', fullName: 'Người Mới' };
  return {
    ...dataset,
    asOf: '2026-04-01',
    members: [
      ...dataset.members
        .filter((m) => m.id !== leaving.id)
        .map((m) =>
          m.id === changing.id
            ? {
                ...m,
                occupation: m.occupation === 'retired' ? ('other' as const) : ('retired' as const),
                politicalTheory: 'advanced' as const,
              }
            : m,
        ),
      joining,
    ],
    movements: [
      ...dataset.movements,
      {
        date: '2026-03-16',
        type: 'transferred-out',
        memberId: leaving.id,
        fullName: leaving.fullName,
        org: leaving.org,
      },
      { date: '2026-03-20', type: 'transferred-in', memberId: joining.id, org: joining.org },
    ],
  };
}

describe.skipIf(!existsSync(CHROMIUM))('the register panel in Chromium', () => {
  let server: PartyServer;
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    const dir = join(mkdtempSync(join(tmpdir(), 'party-web-e2e-')), 'kho');
    const read = await importDataset(SAMPLE);
    const sources = [{ name: 'duong-kinh.xlsx', sha256: sha256('sample') }];
    const store = await Store.open({ dir });
    await store.import({
      dataset: read.data,
      at: '2026-03-02T01:00:00Z',
      by: 'van-phong',
      sources,
    });
    await store.import({
      dataset: nextMonth(read.data),
      at: '2026-04-02T01:00:00Z',
      by: 'van-phong',
      sources,
    });
    await store.close();
    server = await serve({
      port: 0,
      workers: 0,
      auth: {
        tokens: [
          { name: 'quan-tri', role: 'administrator', hash: await tokenHash(ADMIN) },
          { name: 'doc', role: 'reader', hash: await tokenHash(READER) },
        ],
      },
      store: { dir },
    });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number, height: number, token: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-ready="true"]');
    await page.fill('#token', token);
    await page.click('#token-form button');
    await page.waitForSelector('#token-message[data-state="right"]');
    await page.waitForSelector(
      '#register-section:not([hidden]) #register-versions li[data-version]',
    );
    return page;
  }

  it.each(SIZES)(
    'lists the versions, compares them field by field, shows figures and the audit log (%s)',
    async (name, width, height) => {
      const page = await open(width, height, ADMIN);
      const versions = page.locator('#register-versions li[data-version]');
      await expect(versions.count()).resolves.toBe(2);
      await expect(versions.first().textContent()).resolves.toMatch(
        /^Phiên bản 2.*số liệu ngày 1\/4\/2026/u,
      );
      await expect(page.inputValue('#diff-from')).resolves.toBe('1');
      await expect(page.inputValue('#diff-to')).resolves.toBe('2');
      await page.click('#diff-show');
      await page.waitForSelector('#register-diff .diff-record');
      const summary = await page.textContent('#register-diff .summary');
      expect(summary).toContain('đảng viên thêm 1, bớt 1, thay đổi 1');
      const rows = await page.locator('#register-diff .diff-table tbody tr').allTextContents();
      expect(rows.some((r) => r.startsWith('Nghề nghiệp'))).toBe(true);
      expect(rows.some((r) => r.startsWith('Lý luận chính trị') && r.endsWith('Cao cấp'))).toBe(
        true,
      );
      await expect(page.textContent('#register-diff .diff-moves')).resolves.toContain('16/3/2026');

      await page.click('#figures-show');
      await page.waitForSelector('#register-figures .kpi');
      await expect(page.textContent('#figures-window')).resolves.toBe(
        'Phiên bản 2: số liệu đến ngày 1/4/2026; biến động từ 1/1/2026.',
      );
      await expect(
        page.locator('#register-figures .kpi-value').first().textContent(),
      ).resolves.toMatch(/^\d{1,3}(\.\d{3})*$/u);

      await page.click('#audit-show');
      await page.waitForSelector('#register-audit li');
      await expect(page.textContent('#audit-verdict')).resolves.toMatch(/^Nhật ký nguyên vẹn/u);
      await expect(page.locator('#register-audit li').first().textContent()).resolves.toContain(
        'Xem dữ liệu cá nhân',
      );

      await expect(
        page.evaluate('document.documentElement.scrollWidth'),
      ).resolves.toBeLessThanOrEqual(width);
      for (const id of ['register-import', 'diff-show', 'figures-show', 'audit-show']) {
        const box = await page.locator(`#${id}`).boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width, id).toBe(true);
      }
      await page.evaluate("document.getElementById('register-section').scrollIntoView()");
      await page.screenshot({ path: join(SHOTS, `register-${name}-${width}x${height}.png`) });
      await page.locator('#register-section').screenshot({
        path: join(SHOTS, `register-panel-${name}-${width}x${height}.png`),
      });
      await page.context().close();
    },
    120_000,
  );

  it('lets the administrator make a token, shown once, and revoke it (phone)', async () => {
    const page = await open(390, 844, ADMIN);
    await page.fill('#new-token-name', 'to-dang-1');
    await page.selectOption('#new-token-role', 'reader');
    await page.click('#new-token');
    await page.waitForSelector('#new-token-shown:not([hidden]) code');
    const token = await page.textContent('#new-token-shown code');
    expect(token).toMatch(/^[\w-]{43}$/u);
    await expect(page.textContent('#new-token-shown')).resolves.toContain('người xem số liệu');
    const item = page.locator('#register-tokens li[data-token="to-dang-1"]');
    await expect(item.textContent()).resolves.toContain('Thu hồi');
    // The new token opens the server as a reader.
    const check = await fetch(`${server.url}auth/check`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    await expect(check.json()).resolves.toMatchObject({ name: 'to-dang-1', role: 'reader' });
    await page.locator('#new-token-shown').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'register-tokens-phone-390x844.png') });
    await item.locator('button.token-revoke').click();
    await expect.poll(() => item.textContent(), { timeout: 20_000 }).toContain('Đã thu hồi');
    const after = await fetch(`${server.url}auth/check`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(after.status).toBe(401);
    await expect(
      page.evaluate('document.documentElement.scrollWidth'),
    ).resolves.toBeLessThanOrEqual(390);
    await page.context().close();
  }, 90_000);

  it('shows a reader the versions and figures only', async () => {
    const page = await open(390, 844, READER);
    for (const id of ['register-import', 'diff-show', 'audit-show', 'new-token']) {
      await expect(page.locator(`#${id}`).isVisible()).resolves.toBe(false);
    }
    await expect(page.locator('#figures-show').isVisible()).resolves.toBe(true);
    await page.click('#figures-show');
    await page.waitForSelector('#register-figures .kpi');
    await page.context().close();
  }, 90_000);
});
