import { prepareClassificationReport } from '@org/party-core';
import { classificationSampleDataset } from '@org/party-core/testing';

/**
 * The classification report (báo cáo xếp loại chất lượng) of the sample ward
 * of core's testing entry for 2025, as core prepares it: two years of
 * ratings, so every part (comparison, cap, cases, scores) has content.
 */
export const classificationModel = prepareClassificationReport(classificationSampleDataset(), {
  year: 2025,
  date: '2026-01-15',
}).model;
