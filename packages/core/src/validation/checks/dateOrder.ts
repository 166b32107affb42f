import { FIELD_HEADERS } from '../../dataset/fileLayout';
import type { Check } from '../_internal/checkContext';

/**
 * Periods end on or after they start: training courses and admission targets
 * (`date-order`).
 */
export const checkDateOrder: Check = (context) => {
  const params = (kind: 'training' | 'admissionTargets') => ({
    startVi: FIELD_HEADERS[kind].from,
    startEn: 'from',
  });
  for (const { index, record } of context.rows.training) {
    if (record.from !== undefined && record.to !== undefined && record.to < record.from) {
      context.report(
        'date-order',
        { kind: 'training', index, field: 'to' },
        {
          value: record.to,
          params: params('training'),
          related: { kind: 'training', index, field: 'from' },
        },
      );
    }
  }
  for (const { index, record } of context.rows.admissionTargets) {
    if (record.to < record.from) {
      context.report(
        'date-order',
        { kind: 'admissionTargets', index, field: 'to' },
        {
          value: record.to,
          params: params('admissionTargets'),
          related: { kind: 'admissionTargets', index, field: 'from' },
        },
      );
    }
  }
};
