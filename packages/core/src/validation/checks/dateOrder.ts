import { FIELD_HEADERS } from '../../dataset/fileLayout';
import type { Check } from '../_internal/checkContext';

/**
 * Periods end on or after they start: training courses and admission targets
 * (`date-order`).
 */
export const checkDateOrder: Check = (context) => {
  const check = (kind: 'training' | 'admissionTargets') => {
    const params = { startVi: FIELD_HEADERS[kind].from, startEn: 'from' };
    for (const { index, record } of context.rows[kind]) {
      if (record.from !== undefined && record.to !== undefined && record.to < record.from) {
        context.report(
          'date-order',
          { kind, index, field: 'to' },
          { value: record.to, params, related: { kind, index, field: 'from' } },
        );
      }
    }
  };
  check('training');
  check('admissionTargets');
};
