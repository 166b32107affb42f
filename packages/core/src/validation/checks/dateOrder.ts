import { FIELD_HEADERS } from '../../dataset/fileLayout';
import type { Check } from '../_internal/checkContext';

/**
 * Periods end on or after they start: training courses and admission targets
 * (`date-order`); an organisation's last congress (`Ngày đại hội`) is not
 * before it was founded, since its term runs from its own congress.
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
  const params = { startVi: FIELD_HEADERS.organizations.foundedOn, startEn: 'foundedOn' };
  for (const { index, record } of context.rows.organizations) {
    const { congressOn, foundedOn } = record;
    if (congressOn !== undefined && foundedOn !== undefined && congressOn < foundedOn) {
      context.report(
        'date-order',
        { kind: 'organizations', index, field: 'congressOn' },
        {
          value: congressOn,
          params,
          related: { kind: 'organizations', index, field: 'foundedOn' },
        },
      );
    }
  }
};
