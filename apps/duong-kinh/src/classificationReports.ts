/**
 * The annual classification reports of the sample (báo cáo kết quả xếp loại
 * chất lượng): one DOCX per year the data's `xep-loai` file has, written from
 * the data alone by core's `prepareClassificationReport`, dated the
 * reference date of the sample.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type ClassificationReviewFigures,
  classificationYears,
  type Dataset,
  prepareClassificationReport,
} from '@org/party-core';
import { docxRenderer } from '@org/party-docx';

/** One classification report written: its file and the figures it was written from. */
export interface WrittenClassificationReport {
  readonly file: string;
  readonly figures: ClassificationReviewFigures;
}

/** Writes `xep-loai-<year>.docx` into `outDir` for every year of the data, ascending. */
export async function writeClassificationReports(
  dataset: Dataset,
  outDir: string,
  date: string,
): Promise<WrittenClassificationReport[]> {
  const written: WrittenClassificationReport[] = [];
  for (const year of classificationYears(dataset)) {
    const report = prepareClassificationReport(dataset, { year, date });
    const file = join(outDir, `xep-loai-${year}.docx`);
    await writeFile(file, await docxRenderer.render(report.model));
    written.push({ file, figures: report.figures });
  }
  return written;
}

/** The lines the demo prints about one classification report: the file, then what to look at. */
export function classificationSummary(
  { figures }: WrittenClassificationReport,
  file: string,
): string[] {
  const cap = figures.excellentCap.member;
  const cases =
    figures.ruleCases.reduce((sum, rule) => sum + rule.count, 0) + figures.scoreFindings.length;
  return [
    `  ${file}: năm ${figures.year}, ${figures.member.rated.toLocaleString('vi-VN')} đảng viên được xếp loại, hoàn thành xuất sắc ${cap.excellent} (tối đa ${cap.cap}${cap.exceeds ? `, vượt ${cap.excess}` : ''}), ${cases} trường hợp cần xem xét lại${figures.previous ? `, so sánh với năm ${figures.previous.year}` : ''}.`,
  ];
}
