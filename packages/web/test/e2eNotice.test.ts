// The notices before a report is issued, in a real headless Chromium: a
// valid second ward (Ngọc Hải, no classification records) checked on a
// server whose narrative is Dương Kinh's. The page says the narrative is of
// another ward and offers the generic one, and lists the headings that need
// data the ward does not have; a DOCX is refused until then. Screenshots at
// 1366×768 and 390×844 in `.e2e/`. Skipped where no Chromium is installed.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportTemplate } from '@org/party-core';
import { buildDataset } from '@org/party-core/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PartyServer, serve } from '../src/node';
import { CHROMIUM, launchChromium, SHOTS } from './browser';
import { TEMPLATE, TOKEN } from './helpers';

/** The host's narrative: written for Dương Kinh, with a sentence on the classification of members. */
const DUONG_KINH = ReportTemplate.parse({
  ...TEMPLATE,
  header: { ...TEMPLATE.header, committee: 'Đảng ủy phường Dương Kinh', place: 'Dương Kinh' },
  parts: [
    ...TEMPLATE.parts,
    {
      numeral: 'II',
      title: 'XẾP LOẠI CHẤT LƯỢNG',
      text: 'Năm {{classification.distribution.years.0.year}} có {{classification.distribution.years.0.member.byRating.excellent}} đảng viên hoàn thành xuất sắc nhiệm vụ.',
    },
  ],
  declared: [],
});

/** A valid second ward without classification records. */
const NGOC_HAI = buildDataset({
  ward: {
    name: 'Đảng bộ phường Ngọc Hải',
    committee: 'Đảng ủy phường Ngọc Hải',
    superior: 'Đảng bộ thành phố Hải Phòng',
    place: 'Ngọc Hải',
  },
  classifications: [],
});

describe.skipIf(!existsSync(CHROMIUM))('the report notices in headless Chromium', () => {
  let server: PartyServer;
  let browser: Browser;
  let dataFile: string;

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    dataFile = join(await mkdtemp(join(tmpdir(), 'party-notice-')), 'ngoc-hai.json');
    await writeFile(dataFile, JSON.stringify(NGOC_HAI));
    server = await serve({ port: 0, auth: { token: TOKEN }, template: DUONG_KINH });
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, viewport] of [
    ['1366x768', { width: 1366, height: 768 }],
    ['390x844', { width: 390, height: 844 }],
  ] as const) {
    it(`tells another ward's narrative and the missing data, then offers the generic narrative (${name})`, async () => {
      const context = await browser.newContext({ viewport, locale: 'vi-VN' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(server.url);
      await page.waitForSelector('body[data-ready="true"]');
      await page.fill('#token', TOKEN);
      await page.click('#token-form button');
      await page.fill('#as-of', '2026-03-01');
      await page.fill('#from', '2025-07-01');
      await page.setInputFiles('#files', dataFile);
      await page.waitForSelector('#ward-notice:not([hidden])', { timeout: 30_000 });
      await expect(page.textContent('#issues-summary')).resolves.toContain('Dữ liệu hợp lệ');

      const ward = (await page.textContent('#ward-notice')) ?? '';
      expect(ward).toContain('được viết cho phường Dương Kinh');
      expect(ward).toContain('dữ liệu là của phường Ngọc Hải');
      const gaps = (await page.textContent('#gaps-notice')) ?? '';
      expect(gaps).toContain('Mục II (XẾP LOẠI CHẤT LƯỢNG): cần Xếp loại chất lượng');
      expect(gaps).toContain('Hoàn thành xuất sắc nhiệm vụ');
      expect(gaps).not.toMatch(/classification\.|byRating/u);
      // The preview is a draft, headed by the data's ward.
      const preview = page.frameLocator('#report-frame').locator('body');
      await expect(preview.textContent()).resolves.toMatch(/NGỌC HẢI/iu);
      await page.locator('#report-section').scrollIntoViewIfNeeded();
      await page.evaluate("document.getElementById('ward-notice').scrollIntoView()");
      await page.screenshot({ path: join(SHOTS, `report-notice-${name}.png`) });

      // A DOCX to issue is refused, naming the heading.
      await page.click('#download-docx');
      await page.waitForSelector('#alert:not([hidden])');
      await expect(page.textContent('#alert')).resolves.toContain('Mục II (XẾP LOẠI CHẤT LƯỢNG)');

      await page.click('#ward-notice button');
      await page.waitForSelector('#ward-notice[hidden]', { state: 'attached', timeout: 30_000 });
      await page.waitForSelector('#gaps-notice[hidden]', { state: 'attached' });
      await expect(preview.textContent()).resolves.not.toContain('Dương Kinh');
      await expect(preview.textContent()).resolves.toContain('ĐỘI NGŨ ĐẢNG VIÊN');
      await page.screenshot({ path: join(SHOTS, `report-generic-${name}.png`) });
      expect(problems).toEqual([]);
      await context.close();
    }, 60_000);
  }
});
