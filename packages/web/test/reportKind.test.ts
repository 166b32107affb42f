import { classificationSampleDataset } from '@org/party-core/testing';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ErrorResponse } from '../src/index';
import { AUTH, form, makeApp } from './helpers';

const upload = () =>
  form([{ name: 'du-lieu.json', bytes: JSON.stringify(classificationSampleDataset()) }]);
const post = () => ({ method: 'POST', headers: AUTH, body: upload() });
const WINDOW = 'asOf=2026-01-15&from=2025-07-01';

describe('POST /reports?kind=xep-loai', () => {
  // With the host's report builder (on this thread) and without one (the worker's task).
  it.each([
    ['a host report builder', {}],
    ['no host report (the portable task)', { report: undefined }],
  ])('writes the classification report of the year asked, with %s', async (_, overrides) => {
    const app = makeApp(overrides);
    const md = await app.request(`/reports?${WINDOW}&format=md&kind=xep-loai&year=2025`, post());
    expect(md.status).toBe(200);
    expect(md.headers.get('content-disposition')).toContain('xep-loai-2025.md');
    const text = await md.text();
    expect(text).toContain(
      '**kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm 2025**',
    );
    expect(text).toContain('ngày 15 tháng 01 năm 2026');
    expect(text).toContain('| Hoàn thành xuất sắc nhiệm vụ | 1 (5,6%) | 2 (10,0%) | +1 |');
    const docx = await app.request(
      `/reports?${WINDOW}&format=docx&kind=xep-loai&year=2024`,
      post(),
    );
    expect(docx.status).toBe(200);
    const xml = strFromU8(
      unzipSync(new Uint8Array(await docx.arrayBuffer()))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain('xếp loại chất lượng tổ chức đảng và đảng viên năm 2024');
  });

  it('refuses a year absent from the data with 422 year-not-in-data, and a kind without year with 400', async () => {
    const app = makeApp({ report: undefined });
    const absent = await app.request(
      `/reports?${WINDOW}&format=md&kind=xep-loai&year=2023&lang=en`,
      post(),
    );
    expect(absent.status).toBe(422);
    const error = ((await absent.json()) as ErrorResponse).error;
    expect(error.code).toBe('year-not-in-data');
    expect(error.message).toContain('Years in the data: 2024, 2025.');
    const noYear = await app.request(`/reports?${WINDOW}&format=md&kind=xep-loai`, post());
    expect(noYear.status).toBe(400);
    expect(((await noYear.json()) as ErrorResponse).error.message).toContain('year=2025');
    const unknown = await app.request(
      `/reports?${WINDOW}&format=md&kind=dai-hoi&year=2025`,
      post(),
    );
    expect(unknown.status).toBe(400);
  });
});
