import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { zeroCounts } from '../_internal/counts';
import { dict } from '../_internal/dict';
import { percentOf } from '../common/percent';
import type { Dataset } from '../dataset/dataset';
import { MovementTypes } from './codes';
import { LEAVING_MOVEMENT_TYPES, type MovementType } from './movement';

export const MovementCounts = z.object({
  admitted: z.int(),
  transferredIn: z.int(),
  transferredOut: z.int(),
  struckOff: z.int(),
  expelled: z.int(),
  deceased: z.int(),
  resigned: z.int(),
  /** Transfers between the ward's own organisations: not part of `net`. */
  internalTransfers: z.int(),
  /** Admitted and transferred in, minus every way of leaving. */
  net: z.int(),
});
/** Counts of movements by type and their net effect. */
export type MovementCounts = z.infer<typeof MovementCounts>;

const KEY: Record<MovementType, keyof MovementCounts> = {
  admitted: 'admitted',
  'transferred-in': 'transferredIn',
  'transferred-out': 'transferredOut',
  'struck-off': 'struckOff',
  expelled: 'expelled',
  deceased: 'deceased',
  resigned: 'resigned',
  'internal-transfer': 'internalTransfers',
};
/** What a movement adds to `net`: -1 when it takes the member off the roster, 0 for an internal transfer, else 1. */
const SIGN = Object.fromEntries(
  MovementTypes.codes.map((type) => [
    type,
    type === 'internal-transfer' ? 0 : LEAVING_MOVEMENT_TYPES.has(type) ? -1 : 1,
  ]),
) as Record<MovementType, number>;

/** An admission target and how far it is met (chỉ tiêu kết nạp đảng viên). */
export const AdmissionTargetResult = z.object({
  from: z.string(),
  to: z.string(),
  /** Organisation code; absent for the whole ward. */
  org: z.string().optional(),
  target: z.int(),
  admitted: z.int(),
  /** Admitted as a percentage of the target, one decimal. */
  percent: z.number(),
});
/** An admission target and how far it is met. */
export type AdmissionTargetResult = z.infer<typeof AdmissionTargetResult>;

/**
 * Membership movements between `from` and `asOf` inclusive (biến động đảng
 * viên), data contract §3 `movements`: counts by type, `net` (admitted and
 * transferred in, minus every way of leaving; internal transfers excluded),
 * `closing` (the roster on `asOf`) and `opening` (`closing - net`); the same
 * per organisation (`unassigned` for movements without one); and each
 * admission target with the admissions of its own period.
 *
 * @see QĐ 294-QĐ/TW (26/5/2025); NQ 21-NQ/TW (16/6/2022) on admissions
 */
export const MovementStats = z.object({
  from: z.string(),
  to: z.string(),
  opening: z.int(),
  closing: z.int(),
  net: MovementCounts.shape.net,
  ...MovementCounts.omit({ net: true }).shape,
  byOrganization: z.record(
    z.string(),
    MovementCounts.extend({ opening: z.int(), closing: z.int() }),
  ),
  admissionTargets: z.array(AdmissionTargetResult),
});
/** Membership movements of a period. */
export type MovementStats = z.infer<typeof MovementStats>;

const COUNT_KEYS = Object.keys(MovementCounts.shape) as (keyof MovementCounts)[];

function emptyCounts(): MovementCounts {
  return zeroCounts(COUNT_KEYS);
}

/** How many of the sorted ISO dates fall between `from` and `to` inclusive. */
function countBetween(sorted: readonly string[], from: string, to: string): number {
  const lowerBound = (value: string, inclusive: boolean) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const item = sorted[mid] as string;
      if (inclusive ? item < value : item <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return lowerBound(to, false) - lowerBound(from, true);
}

/** Key of movements that name no organisation in `byOrganization` of {@link MovementStats}. */
export const UNASSIGNED = 'unassigned';

/**
 * Computes {@link MovementStats} in one pass over the movements and one over
 * the roster.
 *
 * @example
 * const m = movementStats(dataset, { from: '2025-07-01', asOf: '2026-03-01' });
 * m.opening + m.net === m.closing // true
 */
export function movementStats(
  dataset: Pick<Dataset, 'organizations' | 'members' | 'movements' | 'admissionTargets'>,
  window: { from: string; asOf: string },
  options: {
    /**
     * Members attending each organisation, when already counted (as
     * `organizationStats` does), to save a pass over the roster.
     */
    membersByOrganization?: Readonly<Record<string, number>>;
  } = {},
): MovementStats {
  const { from, asOf } = window;
  const total = emptyCounts();
  const perOrg = new Map<string, MovementCounts>();
  for (const movement of dataset.movements) {
    if (movement.date < from || movement.date > asOf) continue;
    const key = KEY[movement.type];
    const sign = SIGN[movement.type];
    total[key] += 1;
    total.net += sign;
    const orgKey = movement.org ?? UNASSIGNED;
    const counts = perOrg.get(orgKey) ?? emptyCounts();
    counts[key] += 1;
    counts.net += sign;
    perOrg.set(orgKey, counts);
  }

  let attending = options.membersByOrganization;
  if (!attending) {
    const counted = dict<number>();
    for (const member of dataset.members) counted[member.org] = (counted[member.org] ?? 0) + 1;
    attending = counted;
  }
  const byOrganization: MovementStats['byOrganization'] = dict();
  const codes = [
    ...new Set([...dataset.organizations.map((o) => o.code), ...perOrg.keys()]),
  ].sort();
  for (const code of codes) {
    const counts = perOrg.get(code) ?? emptyCounts();
    const closing = attending[code] ?? 0;
    byOrganization[code] = { ...counts, opening: closing - counts.net, closing };
  }

  // Admissions indexed once by organisation, so each target costs a lookup.
  const admittedByOrg = new Map<string, string[]>();
  const admittedAll: string[] = [];
  for (const movement of dataset.movements) {
    if (movement.type !== 'admitted') continue;
    admittedAll.push(movement.date);
    if (movement.org === undefined) continue;
    const dates = admittedByOrg.get(movement.org) ?? [];
    dates.push(movement.date);
    admittedByOrg.set(movement.org, dates);
  }
  admittedAll.sort();
  for (const dates of admittedByOrg.values()) dates.sort();
  const children = new Map<string, string[]>();
  for (const org of dataset.organizations) {
    if (org.parent === undefined) continue;
    children.set(org.parent, [...(children.get(org.parent) ?? []), org.code]);
  }
  const admissionTargets = dataset.admissionTargets
    .map((target) => {
      const lists =
        target.org === undefined
          ? [admittedAll]
          : [target.org, ...(children.get(target.org) ?? [])].map(
              (code) => admittedByOrg.get(code) ?? [],
            );
      const admitted = lists.reduce(
        (sum, dates) => sum + countBetween(dates, target.from, target.to),
        0,
      );
      return {
        from: target.from,
        to: target.to,
        ...(target.org === undefined ? {} : { org: target.org }),
        target: target.admissionTarget,
        admitted,
        percent: percentOf(admitted, target.admissionTarget),
      };
    })
    .sort((a, b) => compareText(a.from, b.from) || compareText(a.org ?? '', b.org ?? ''));

  const closing = dataset.members.length;
  const { net, ...byType } = total;
  return {
    from,
    to: asOf,
    opening: closing - net,
    closing,
    net,
    ...byType,
    byOrganization,
    admissionTargets,
  };
}
