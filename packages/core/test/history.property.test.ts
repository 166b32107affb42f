import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import type { Dataset } from '../src/dataset/dataset';
import type { Member } from '../src/member/member';
import type { Movement, MovementType } from '../src/member/movement';
import { computeStats } from '../src/stats/computeStats';
import { validateDataset } from '../src/validation/validateDataset';

/**
 * Random histories of a small ward, replayed by hand: the test keeps the
 * truth (who belongs where on each day) as it generates the events, then
 * checks that the figures core reconstructs for any window are that truth.
 */
const ORGS = ['O1', 'O2', 'O3'] as const;
const START = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;
const iso = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);
const LEAVING: MovementType[] = [
  'transferred-out',
  'struck-off',
  'deceased',
  'expelled',
  'resigned',
];

type Step =
  | { kind: 'admit'; org: number }
  | { kind: 'arrive'; org: number }
  | { kind: 'leave'; who: number; type: number }
  | { kind: 'move'; who: number; org: number }
  | { kind: 'return'; who: number; org: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('admit' as const), org: fc.nat(2) }),
  fc.record({ kind: fc.constant('arrive' as const), org: fc.nat(2) }),
  fc.record({ kind: fc.constant('leave' as const), who: fc.nat(), type: fc.nat(4) }),
  fc.record({ kind: fc.constant('move' as const), who: fc.nat(), org: fc.nat(2) }),
  fc.record({ kind: fc.constant('return' as const), who: fc.nat(), org: fc.nat(2) }),
);

interface History {
  readonly dataset: Dataset;
  /** Who belongs on a day, and where: the truth, kept by the generator. */
  readonly on: (day: number) => ReadonlyMap<string, string>;
  readonly lastDay: number;
}

function buildHistory(
  initial: readonly number[],
  steps: readonly Step[],
  gaps: readonly number[],
): History {
  const members = new Map<string, Member>();
  const movements: Movement[] = [];
  const where = new Map<string, string>(); // who belongs now, and where
  const gone = new Set<string>(); // transferred out: may come back
  const snapshots: { day: number; state: Map<string, string> }[] = [];
  const newMember = (org: string, admittedOn: string, gender: 'male' | 'female'): Member => {
    const id = `M${members.size + 1}`;
    const member: Member = {
      id,
      fullName: `Người ${members.size + 1}`,
      birthDate: '1980-06-15',
      gender,
      ethnicity: 'Kinh',
      religion: 'none',
      admittedOn,
      officialOn: admittedOn,
      org,
      generalEducation: 'upper-secondary',
      professional: 'none',
      politicalTheory: 'none',
      occupation: 'other',
      exempt: false,
      workingAway: false,
    };
    members.set(id, member);
    return member;
  };
  initial.forEach((org, i) => {
    const member = newMember(
      ORGS[org % 3] as string,
      '2010-05-19',
      i % 2 === 0 ? 'male' : 'female',
    );
    where.set(member.id, member.org);
  });
  snapshots.push({ day: -1, state: new Map(where) });
  let day = 0;
  steps.forEach((step, i) => {
    day += 1 + ((gaps[i] ?? 0) % 40);
    const date = iso(day);
    const current = [...where.keys()];
    const org = 'org' in step ? (ORGS[step.org] as string) : '';
    if (step.kind === 'admit' || step.kind === 'arrive') {
      const member = newMember(
        org,
        step.kind === 'admit' ? date : '2012-02-03',
        i % 2 === 0 ? 'female' : 'male',
      );
      where.set(member.id, org);
      movements.push({
        date,
        type: step.kind === 'admit' ? 'admitted' : 'transferred-in',
        memberId: member.id,
        org,
      });
    } else if (step.kind === 'leave' && current.length > 0) {
      const id = current[step.who % current.length] as string;
      const type = LEAVING[step.type] as MovementType;
      movements.push({ date, type, memberId: id, org: where.get(id) as string });
      where.delete(id);
      if (type === 'transferred-out') gone.add(id);
    } else if (step.kind === 'move' && current.length > 0) {
      const id = current[step.who % current.length] as string;
      const from = where.get(id) as string;
      if (from === org) return;
      movements.push({ date, type: 'internal-transfer', memberId: id, fromOrg: from, org });
      where.set(id, org);
    } else if (step.kind === 'return' && gone.size > 0) {
      const id = [...gone][step.who % gone.size] as string;
      gone.delete(id);
      // Back into the organisation they left; moves inside the ward are transfers of their own.
      const left = [...movements].reverse().find((m) => m.memberId === id)?.org as string;
      movements.push({ date, type: 'transferred-in', memberId: id, org: left });
      where.set(id, left);
    } else return;
    snapshots.push({ day, state: new Map(where) });
  });
  const lastDay = day;
  // The roster file: every member, each in the organisation of their last day here;
  // those not here on the data date carry the date they last left.
  const lastOrg = new Map<string, string>();
  const lastLeft = new Map<string, string>();
  for (const m of movements) {
    if (m.org !== undefined) lastOrg.set(m.memberId, m.org);
    if (LEAVING.includes(m.type)) lastLeft.set(m.memberId, m.date);
  }
  const roster = [...members.values()].map((member) => ({
    ...member,
    org: lastOrg.get(member.id) ?? member.org,
    ...(where.has(member.id) ? {} : { leftOn: lastLeft.get(member.id) as string }),
  }));
  const dataset: Dataset = {
    version: 1,
    ward: { name: 'Đảng bộ phường Thử', dataDate: iso(lastDay), movementsFrom: iso(0) },
    organizations: ORGS.map((code) => ({
      code,
      name: `Chi bộ ${code}`,
      kind: 'subordinate-cell' as const,
      category: 'residential' as const,
      foundedOn: '2005-01-01',
      eHandbook: false,
    })),
    members: roster,
    movements,
    positions: [],
    inspections: [],
    training: [],
    planning: [],
    classifications: [],
    admissionTargets: [],
  };
  const on = (at: number) => {
    let state = snapshots[0]?.state as Map<string, string>;
    for (const snapshot of snapshots) if (snapshot.day <= at) state = snapshot.state;
    return state;
  };
  return { dataset, on, lastDay };
}

const byOrg = (state: ReadonlyMap<string, string>) => {
  const counts: Record<string, number> = { O1: 0, O2: 0, O3: 0 };
  for (const org of state.values()) counts[org] = (counts[org] ?? 0) + 1;
  return counts;
};

describe('figures at any date (contract §4)', () => {
  test.prop(
    [
      fc.array(fc.nat(2), { minLength: 1, maxLength: 8 }),
      fc.array(stepArb, { minLength: 1, maxLength: 25 }),
      fc.array(fc.nat(), { maxLength: 25 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ],
    { numRuns: 120 },
  )(
    'equal the roster rebuilt by replaying every event up to the date',
    (initial, steps, gaps, a, b) => {
      const history = buildHistory(initial, steps, gaps);
      const checked = validateDataset(history.dataset);
      expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
      const asOfDay = Math.floor(Math.max(a, b) * history.lastDay);
      const fromDay = Math.floor(Math.min(a, b) * history.lastDay);
      const stats = computeStats(checked.data, { asOf: iso(asOfDay), from: iso(fromDay) });
      const closing = history.on(asOfDay);
      const opening = history.on(fromDay - 1);
      expect(stats.members.total).toBe(closing.size);
      expect(stats.movements.closing).toBe(closing.size);
      expect(stats.movements.opening).toBe(opening.size);
      const genders = { male: 0, female: 0 };
      for (const id of closing.keys()) {
        genders[history.dataset.members.find((m) => m.id === id)?.gender ?? 'male'] += 1;
      }
      expect(stats.members.gender).toEqual(genders);
      expect(stats.organizations.membersByOrganization).toEqual(byOrg(closing));
      for (const [org, count] of Object.entries(byOrg(opening))) {
        expect(stats.movements.byOrganization[org]?.opening, `${org} opening`).toBe(count);
      }
      for (const counts of Object.values(stats.movements.byOrganization)) {
        expect(counts.opening + counts.net).toBe(counts.closing);
      }
    },
  );
});
