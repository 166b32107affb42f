import type { Position, PositionRole } from '../position';

/**
 * Whether a position was held on `date` (ISO): `since` absent or on or before
 * it, and `until` absent or on or after it. Parsed ISO dates order as text.
 */
export function heldOn(position: Pick<Position, 'since' | 'until'>, date: string): boolean {
  return (
    (position.since === undefined || position.since <= date) &&
    (position.until === undefined || position.until >= date)
  );
}

/**
 * The positions with one of `roles`, grouped by member id, built in one pass
 * over the positions so that each later look-up costs only that member's few
 * positions.
 */
export function positionsByMember(
  positions: readonly Position[],
  roles: ReadonlySet<PositionRole>,
): Map<string, Position[]> {
  const byMember = new Map<string, Position[]>();
  for (const position of positions) {
    if (!roles.has(position.role)) continue;
    const list = byMember.get(position.memberId);
    if (list) list.push(position);
    else byMember.set(position.memberId, [position]);
  }
  return byMember;
}
