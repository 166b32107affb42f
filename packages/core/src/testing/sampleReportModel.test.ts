import { describe, expect, it } from 'vitest';
import { ReportModel } from '../report/reportModel';
import { sampleReportModel } from './sampleReportModel';

describe('sampleReportModel', () => {
  it('is a valid report model whose figures are all filled', () => {
    const model = sampleReportModel();
    expect(ReportModel.safeParse(model).success).toBe(true);
    const text = JSON.stringify(model);
    expect(text).not.toContain('[[thiếu số liệu');
    expect(text).toContain('"text":"03"');
    expect(text).toContain('"text":"33,3%"');
  });

  it('is built the same every time', () => {
    expect(sampleReportModel()).toEqual(sampleReportModel());
  });
});
