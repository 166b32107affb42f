import { z } from 'zod';
import { compareText } from '../_internal/compare';
import { zeroCounts } from '../_internal/counts';
import { dict } from '../_internal/dict';
import { percentOf } from '../common/percent';
import type { Dataset } from '../dataset/dataset';
import { WindowNotCoveredError } from '../errors';
import { MovementTypes } from './codes';
import {
  isLeavingMovement,
  LEAVING_MOVEMENT_TYPES,
  type Movement,
  type MovementType,
} from './movement';

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

/**
 * Where a movement counts (nơi tính biến động): the organisation it takes the
 * member out of and the one it brings them into.
 */
export interface MovementPlaces {
  readonly out?: string | undefined;
  readonly in?: string | undefined;
}

/**
 * The history a movement count needs when the data has a data date (data
 * contract §4.2): the members of each organisation on the day before the
 * period, and where each movement counts, from each member's organisation on
 * its date. Built by `movementHistory` in the history domain.
 */
export interface MovementHistory {
  /** Members attending each organisation on the day before `from`. */
  readonly openingByOrganization: Readonly<Record<string, number>>;
  /** Members of the ward on the day before `from`. */
  readonly openingTotal: number;
  /** The organisations that existed at some time from the day before `from` to `asOf`. */
  readonly organizations: readonly string[];
  readonly placesOf: (movement: Movement) => MovementPlaces;
}

/** Where a movement counts on a roster without history: the organisation it names (and its origin for an internal transfer). */
function snapshotPlaces(movement: Movement): MovementPlaces {
  if (movement.type === 'internal-transfer') return { out: movement.fromOrg, in: movement.org };
  return isLeavingMovement(movement.type) ? { out: movement.org } : { in: movement.org };
}

/** The refusal when the movements do not explain how the roster changed (contract §4.2: opening + net = closing). */
function unexplainedChange(
  window: { from: string; asOf: string },
  codes: readonly string[],
): WindowNotCoveredError {
  const where = codes.length > 0 ? ` (${codes.join(', ')})` : '';
  return new WindowNotCoveredError({
    vi: `Biến động từ ngày ${window.from} đến ngày ${window.asOf} không khớp với danh sách đảng viên đầu kỳ và cuối kỳ${where}, nên không tính được số liệu của kỳ này. Hãy chạy party validate và bổ sung biến động còn thiếu.`,
    en: `The movements from ${window.from} to ${window.asOf} do not explain the change between the opening and the closing roster${where}, so the figures of this period cannot be computed. Run party validate and add the missing movements.`,
  });
}

/** Each organisation's counts with its opening and closing, checked against the history when there is one. */
function countsByOrganization(
  dataset: Pick<Dataset, 'organizations'>,
  perOrg: ReadonlyMap<string, MovementCounts>,
  attending: Readonly<Record<string, number>>,
  history: MovementHistory | undefined,
  window: { from: string; asOf: string },
): MovementStats['byOrganization'] {
  const byOrganization: MovementStats['byOrganization'] = dict();
  const known = history ? history.organizations : dataset.organizations.map((o) => o.code);
  const codes = [...new Set([...known, ...perOrg.keys()])].sort();
  const unexplained: string[] = [];
  for (const code of codes) {
    const counts = perOrg.get(code) ?? emptyCounts();
    const closing = attending[code] ?? 0;
    const opening = history ? (history.openingByOrganization[code] ?? 0) : closing - counts.net;
    if (opening + counts.net !== closing) unexplained.push(code);
    byOrganization[code] = { ...counts, opening, closing };
  }
  if (unexplained.length > 0) throw unexplainedChange(window, unexplained);
  return byOrganization;
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
    /** With a data date (contract §4): openings reconstructed on the day before `from`. */
    history?: MovementHistory;
  } = {},
): MovementStats {
  const { from, asOf } = window;
  const total = emptyCounts();
  const perOrg = new Map<string, MovementCounts>();
  const add = (org: string | undefined, key: keyof MovementCounts, sign: number) => {
    const code = org ?? UNASSIGNED;
    const counts = perOrg.get(code) ?? emptyCounts();
    counts[key] += 1;
    counts.net += sign;
    perOrg.set(code, counts);
  };
  const placesOf = options.history?.placesOf ?? snapshotPlaces;
  for (const movement of dataset.movements) {
    if (movement.date < from || movement.date > asOf) continue;
    const key = KEY[movement.type];
    const sign = SIGN[movement.type];
    total[key] += 1;
    total.net += sign;
    const places = placesOf(movement);
    if (sign > 0) add(places.in, key, 1);
    else if (sign < 0) add(places.out, key, -1);
    else if (places.out === undefined) add(places.in, key, 0);
    else {
      // An internal transfer with its origin: out of one organisation, into the other.
      add(places.out, key, -1);
      add(places.in, key, 1);
    }
  }

  let attending = options.membersByOrganization;
  if (!attending) {
    const counted = dict<number>();
    for (const member of dataset.members) counted[member.org] = (counted[member.org] ?? 0) + 1;
    attending = counted;
  }
  const closing = dataset.members.length;
  const byOrganization = countsByOrganization(dataset, perOrg, attending, options.history, window);
  if (options.history !== undefined && options.history.openingTotal !== closing - total.net) {
    throw unexplainedChange(window, []);
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
