import { OrganizationKinds } from '../../organization/codes';
import type { Check } from '../_internal/checkContext';

/**
 * The tree of organisations: a `parent` must exist (`unknown-organization`)
 * and be a grassroots committee (`invalid-parent`); only a subordinate cell
 * may have a parent (`nested-committee`).
 *
 * @see Điều lệ Đảng, Điều 21; QĐ 294-QĐ/TW (26/5/2025)
 */
export const checkOrganizationTree: Check = (context) => {
  const byCode = new Map(context.rows.organizations.map((row) => [row.record.code, row.record]));
  for (const { index, record } of context.rows.organizations) {
    if (record.parent === undefined) continue;
    const location = { kind: 'organizations', index, field: 'parent' } as const;
    const parent = byCode.get(record.parent);
    if (!parent) {
      if (context.unreadable.organizations.has(record.parent)) continue;
      context.report('unknown-organization', location, { value: record.parent });
    } else if (parent.kind !== 'grassroots-committee') {
      context.report('invalid-parent', location, { value: record.parent });
    }
    if (record.kind !== 'subordinate-cell') {
      const label = OrganizationKinds.labels[record.kind];
      context.report(
        'nested-committee',
        { kind: 'organizations', index, field: 'kind' },
        {
          value: record.kind,
          params: { kindVi: label.vi.toLowerCase(), kindEn: label.en.toLowerCase() },
        },
      );
    }
  }
};
