import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { classificationSummary, writeClassificationReports } from '../src/classificationReports';
import { dataset, WINDOW } from './dataset';

describe('the classification reports of pnpm demo', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it('writes one DOCX per year of the xep-loai file, from the data alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'duong-kinh-xep-loai-'));
    dirs.push(dir);
    const written = await writeClassificationReports(await dataset(), dir, WINDOW.asOf);
    // The sample data rates one year only, so there is no comparison.
    expect(written.map((w) => w.figures.year)).toEqual([2025]);
    const [report] = written;
    if (!report) throw new Error('no report written');
    expect(report.figures.member.rated).toBe(1157);
    expect(report.figures.previous).toBeNull();
    const xml = strFromU8(
      unzipSync(new Uint8Array(await readFile(report.file)))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain('ĐẢNG ỦY PHƯỜNG DƯƠNG KINH');
    expect(xml).toContain('xếp loại chất lượng tổ chức đảng và đảng viên năm 2025');
    expect(classificationSummary(report, 'out/xep-loai-2025.docx')).toEqual([
      '  out/xep-loai-2025.docx: năm 2025, 1.157 đảng viên được xếp loại, hoàn thành xuất sắc 161 (tối đa 170), 0 trường hợp cần xem xét lại.',
    ]);
  });
});
