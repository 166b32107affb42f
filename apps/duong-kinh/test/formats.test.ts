import { computeStats } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { CSV_DIR, dataset, WINDOW, XLSX_PATH } from './dataset';

describe('the workbook and the CSV folder', () => {
  it('give the same dataset', async () => {
    expect(await dataset(XLSX_PATH)).toEqual(await dataset(CSV_DIR));
  });

  it('give the same stats', async () => {
    const fromCsv = computeStats(await dataset(CSV_DIR), WINDOW);
    const fromXlsx = computeStats(await dataset(XLSX_PATH), WINDOW);
    expect(fromXlsx).toEqual(fromCsv);
  });
});
