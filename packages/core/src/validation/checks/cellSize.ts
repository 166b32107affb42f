import type { Check } from '../_internal/checkContext';

/** Fewest official members a cell must have (Điều lệ Đảng, Điều 21). */
export const MIN_CELL_OFFICIAL_MEMBERS = 3;

/**
 * A cell (chi bộ cơ sở or chi bộ trực thuộc) has at least 3 official members
 * (`small-cell`). A member counts as official once `officialOn` is set and,
 * with a reference date, not after it. A cell with an unreadable member row
 * is not judged.
 *
 * @see Điều lệ Đảng 2011, Điều 21
 */
export const checkCellSize: Check = (context) => {
  const official = new Map<string, number>();
  for (const { record } of context.rows.members) {
    // Former members (with a leaving date) are not on the roster of the data date.
    if (record.officialOn === undefined || record.leftOn !== undefined) continue;
    if (context.asOf !== undefined && record.officialOn > context.asOf) continue;
    official.set(record.org, (official.get(record.org) ?? 0) + 1);
  }
  for (const { index, record } of context.rows.organizations) {
    if (record.kind === 'grassroots-committee') continue;
    // An organisation that had ceased by the reference date has no members to count.
    const reference = context.ward.dataDate ?? context.asOf;
    if (
      record.dissolvedOn !== undefined &&
      (reference === undefined || record.dissolvedOn <= reference)
    )
      continue;
    // A member row with an error may be official: the count would be a guess.
    if (context.unreadable.membersOrgs.has(record.code)) continue;
    const count = official.get(record.code) ?? 0;
    if (count < MIN_CELL_OFFICIAL_MEMBERS) {
      context.report(
        'small-cell',
        { kind: 'organizations', index, field: 'code' },
        {
          value: record.code,
          params: { count },
        },
      );
    }
  }
};
