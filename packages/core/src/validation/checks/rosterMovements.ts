import { MovementTypes } from '../../member/codes';
import type { Movement } from '../../member/movement';
import { isLeavingMovement } from '../../member/movement';
import { type Check, type Row, viDate } from '../_internal/checkContext';

/**
 * The roster agrees with each member's latest movement (by date, then by
 * order in the file): a member on the roster whose latest movement takes them
 * off it is a `member-has-left` warning; a member off the roster whose latest
 * movement keeps them on it (admitted, transferred in, internal transfer) is
 * an `unknown-member` error on that movement.
 */
export const checkRosterMovements: Check = (context) => {
  const latest = new Map<string, Row<Movement>>();
  for (const row of context.rows.movements) {
    const current = latest.get(row.record.memberId);
    if (!current || row.record.date >= current.record.date) latest.set(row.record.memberId, row);
  }
  const roster = new Set<string>();
  for (const { index, record } of context.rows.members) {
    roster.add(record.id);
    const last = latest.get(record.id);
    // A former member (with `leftOn`) is expected to have left: history checks them.
    if (last && isLeavingMovement(last.record.type) && record.leftOn === undefined) {
      const label = MovementTypes.labels[last.record.type];
      context.report(
        'member-has-left',
        { kind: 'members', index, field: 'id' },
        {
          value: record.id,
          related: { kind: 'movements', index: last.index, field: 'type' },
          params: {
            typeVi: label.vi.toLowerCase(),
            typeEn: label.en.toLowerCase(),
            date: last.record.date,
            dateVi: viDate(last.record.date),
          },
        },
      );
    }
  }
  for (const [memberId, last] of latest) {
    if (context.unreadable.members.has(memberId)) continue;
    if (!roster.has(memberId) && !isLeavingMovement(last.record.type)) {
      context.report(
        'unknown-member',
        { kind: 'movements', index: last.index, field: 'memberId' },
        {
          value: memberId,
          params: { scope: 'movement' },
        },
      );
    }
  }
};
