import { sampleReportModel } from '@org/party-core/testing';

/** The report model shared by the renderer tests (see `sampleReportModel`). */
export const model = sampleReportModel();
