import { readFileSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import type { SampleWorkbook } from '../src/index';

/** Debian's Chromium, or the one `CHROMIUM_PATH` names. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The Dương Kinh sample workbook, used read-only. */
export const SAMPLE = new URL('../../../apps/duong-kinh/data/duong-kinh.xlsx', import.meta.url)
  .pathname;
/** Where the browser tests keep their screenshots (test artifacts). */
export const SHOTS = new URL('../.e2e/', import.meta.url).pathname;

/** The sample workbook as the server's `sample` option. */
export const SAMPLE_WORKBOOK: SampleWorkbook = {
  fileName: 'duong-kinh.xlsx',
  bytes: async () => new Uint8Array(readFileSync(SAMPLE)),
};

/**
 * Headless Chromium as the browser tests start it: no sandbox (root in CI),
 * and none of the background connections a closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
