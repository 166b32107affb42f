import {
  describeGaps,
  type ParsedReportTemplate,
  type PreparedReport,
  prepareReport,
} from '@org/party-core';
import type { ImportResult } from '@org/party-import';
import { importDataset, readReportNarrative } from '@org/party-import/node';
import { DATASET, NARRATIVE_DIR, WINDOW } from './config';

/** Everything one run of the sample produces before rendering. */
export interface SampleReport {
  readonly imported: ImportResult;
  /** The stats, the report model and its findings: core's one report pipeline. */
  readonly report: PreparedReport;
}

/** A step of the sample that cannot go on: the data or the narrative has problems. */
export class SampleError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[],
  ) {
    super(message);
    this.name = 'SampleError';
  }
}

/**
 * Reads the ward's narrative folder into a report template. Throws
 * {@link SampleError} with each problem's file and line.
 */
export async function readSampleNarrative(dir = NARRATIVE_DIR): Promise<ParsedReportTemplate> {
  const narrative = await readReportNarrative(dir);
  if (!narrative.ok) {
    throw new SampleError(
      'Nội dung báo cáo còn chỗ chưa đúng',
      narrative.problems.map((p) => `${p.file}:${p.line}: ${p.message.vi}`),
    );
  }
  return narrative.template;
}

/**
 * Builds the report of the sample ward: imports the dataset (CSV folder or
 * workbook), computes the stats on the reference date, fills the ward's
 * narrative and checks the figures it states. Throws {@link SampleError}
 * with the problems when the data or the narrative cannot be used, or when
 * the narrative needs figures the data does not have.
 */
export async function buildSampleReport(
  dataset: string = DATASET,
  narrativeDir: string = NARRATIVE_DIR,
): Promise<SampleReport> {
  const imported = await importDataset(dataset, { asOf: WINDOW.asOf });
  if (!imported.ok) {
    throw new SampleError(
      'Dữ liệu còn lỗi',
      imported.issues
        .filter((issue) => issue.severity === 'error')
        .map((issue) => `${issue.source.file}:${issue.source.row ?? ''} ${issue.message.vi}`),
    );
  }
  const report = prepareReport(imported.data, await readSampleNarrative(narrativeDir), WINDOW);
  if (report.errors.length > 0) {
    throw new SampleError(
      'Nội dung báo cáo có chỗ điền số liệu không hợp lệ',
      report.errors.map(
        (error) => `${error.section}: {{${error.placeholder}}} ${error.message.vi}`,
      ),
    );
  }
  // A missing figure is never printed in the sample's report: the headings and the data they need.
  if (report.gaps.length > 0) {
    throw new SampleError(
      'Dữ liệu chưa có số liệu mà nội dung báo cáo cần',
      describeGaps(report.gaps, 'vi'),
    );
  }
  return { imported, report };
}
