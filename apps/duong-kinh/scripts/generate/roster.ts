/**
 * The roster of the sample ward (danh sách đảng viên) and the people who left
 * it in the period: ages, dates, gender and names first, then the people who
 * hold positions, then the qualifications and occupations, each breakdown
 * filled to the exact counts of {@link ROSTER_COUNTS}.
 */
import { type MovementType, type PositionRole, retirement } from '@org/party-core';
import { AS_OF, FROM } from '../../src/config';
import { addDays, addMonths, ageOn, earlier, isWeekday, later, randomDay } from './calendar';
import type { SampleMember, SampleMovement } from './model';
import { NameDrawer } from './names';
import {
  foundedInPeriod,
  LAST_MOVEMENT_DAY,
  LAST_REGULAR_ADMISSION,
  MOVEMENT_PLAN,
  ORGANIZATIONS,
  type OrgGroup,
  type OrgPlan,
  ROSTER_COUNTS,
} from './plan';
import type { Random } from './random';

/** How a roster member came to be on the roster. */
export type Entry = 'regular' | 'admitted' | 'admitted-early' | 'transferred-in';

/**
 * A roster member while it is being generated: the member record, with its
 * organisation's plan instead of the code and what the later steps need.
 */
export interface Slot extends Omit<SampleMember, 'org'> {
  readonly index: number;
  org: OrgPlan;
  readonly entry: Entry;
  /** Date of the admission (admitted) or the transfer (transferred in). */
  entryDate?: string;
  /** Internal transfer into `org` from this cell, on `internalDate`. */
  internalFrom?: string;
  internalDate?: string;
  score: number;
  age: number;
  /** Roles held, for the later steps (secretary, deputy, head, …). */
  readonly roles: Set<RoleTag>;
}

/** What a member does, as the later steps need to know it. */
export type RoleTag =
  | 'ward-leader'
  | 'key-leader'
  | 'secretary'
  | 'deputy'
  | 'committee-member'
  | 'group-head'
  | 'front-head'
  | 'department-course'
  | 'agency-course'
  | 'front-course'
  | 'theory-course'
  | 'intermediate-course';

/** A person who left the roster in the period, with the movement that took them off it. */
export interface Departed extends Readonly<Pick<SampleMovement, 'date' | 'fullName' | 'org'>> {
  readonly type: Extract<MovementType, 'transferred-out' | 'struck-off' | 'deceased'>;
  readonly admittedOn: string;
  id: string;
}

/** A title held at ward level, with the member holding it. */
export interface WardLeader {
  readonly title: string;
  readonly slot: Slot;
}

/** A position in an organisation of the ward, with the member holding it. */
export interface Office {
  readonly slot: Slot;
  readonly role: Exclude<PositionRole, 'other'>;
  readonly org: string;
}

/** The roster, the departed, the ward leaders and the positions in organisations. */
export interface Roster {
  readonly slots: Slot[];
  readonly departed: Departed[];
  readonly leaders: WardLeader[];
  readonly offices: Office[];
}

/** Admission batches of the ward committee in the period (Thursdays). */
const ADMISSION_BATCHES = [
  '2025-07-24',
  '2025-08-28',
  '2025-09-25',
  '2025-10-30',
  '2025-11-27',
  '2025-12-25',
  '2026-01-29',
  '2026-02-26',
] as const;
/** Admission batches of the former wards before the period, March to June 2025. */
const EARLY_BATCHES = ['2025-03-27', '2025-04-24', '2025-05-29', '2025-06-26'] as const;

const ORG_BY_CODE = new Map(ORGANIZATIONS.map((org) => [org.code, org]));

function org(code: string): OrgPlan {
  const found = ORG_BY_CODE.get(code);
  if (!found) throw new RangeError(`unknown organisation ${code}`);
  return found;
}

/** How the members of a group of organisations are drawn. */
interface GroupShape {
  /** Mean and spread of ages, before the exact bands are applied. */
  readonly age: readonly [mean: number, sd: number];
  /** Youngest age on the reference date, for members admitted before the period. */
  readonly minAge: number;
  /** Most likely age of a cell secretary, and how far from it one may be. */
  readonly secretaryAge: readonly [peak: number, width: number];
  /** Head start in the general-education ranking. */
  readonly educationBonus: number;
}

const GROUP_SHAPE: Record<OrgGroup, GroupShape> = {
  agency: { age: [41, 8], minAge: 24, secretaryAge: [45, 12], educationBonus: 80 },
  enterprise: { age: [41, 9], minAge: 22, secretaryAge: [46, 12], educationBonus: 8 },
  residential: { age: [57, 15], minAge: 21, secretaryAge: [63, 14], educationBonus: 0 },
  public: { age: [40, 9], minAge: 23, secretaryAge: [47, 10], educationBonus: 75 },
  military: { age: [33, 6], minAge: 22, secretaryAge: [38, 10], educationBonus: 30 },
  'non-state': { age: [39, 9], minAge: 22, secretaryAge: [45, 12], educationBonus: 12 },
};

/** Whether the member was admitted shortly before or in the period (a new member). */
export function isNew(slot: Slot): boolean {
  return slot.entry === 'admitted' || slot.entry === 'admitted-early';
}

/** Whether the member is official on the reference date. */
export function isOfficial(slot: Slot): boolean {
  return slot.officialOn !== undefined && slot.officialOn <= AS_OF;
}

function blankSlot(index: number, plan: OrgPlan, entry: Entry): Slot {
  return {
    index,
    org: plan,
    entry,
    score: 0,
    age: 0,
    birthDate: '',
    admittedOn: '',
    gender: 'male',
    fullName: '',
    ethnicity: 'Kinh',
    religion: 'none',
    religionLabel: 'Không',
    generalEducation: 'upper-secondary',
    generalEducationLabel: '',
    professional: 'none',
    politicalTheory: 'none',
    occupation: 'other',
    occupationLabel: '',
    exempt: false,
    workingAway: false,
    roles: new Set(),
    id: '',
  };
}

/** One slot per roster member, with how each came to the roster. */
function makeSlots(random: Random): Slot[] {
  const slots: Slot[] = [];
  for (const plan of ORGANIZATIONS) {
    if (plan.size === 0) continue;
    const entries: Entry[] = [];
    const take = (map: Readonly<Record<string, number>>, entry: Entry) => {
      for (let i = 0; i < (map[plan.code] ?? 0); i += 1) entries.push(entry);
    };
    take(MOVEMENT_PLAN.admitted, 'admitted');
    take(MOVEMENT_PLAN.admittedEarly, 'admitted-early');
    take(MOVEMENT_PLAN.transferredIn, 'transferred-in');
    while (entries.length < plan.size) entries.push('regular');
    if (entries.length !== plan.size) throw new RangeError(`too many entries in ${plan.code}`);
    for (const entry of entries) slots.push(blankSlot(slots.length, plan, entry));
  }
  if (slots.length !== ROSTER_COUNTS.total) {
    throw new RangeError(`the plan has ${slots.length} members, not ${ROSTER_COUNTS.total}`);
  }
  for (const [into, from] of MOVEMENT_PLAN.internal) {
    const candidates = slots.filter((s) => s.org.code === into && s.entry === 'regular');
    const chosen = random.pick(candidates);
    chosen.internalFrom = from;
    chosen.internalDate = randomDay(random, FROM, LAST_MOVEMENT_DAY, true);
  }
  return slots;
}

/** Ages in exact bands: the oldest residential members are 60 and over, the rest by score. */
function assignAges(slots: Slot[], random: Random): void {
  for (const slot of slots) {
    const [mean, sd] = isNew(slot) ? [25, 5] : GROUP_SHAPE[slot.org.group].age;
    const older = slot.entry === 'transferred-in' && slot.org.group === 'residential' ? 6 : 0;
    slot.score = random.normal(mean + older, sd);
  }
  const bands = ROSTER_COUNTS.ageBands;
  const residential = slots
    .filter((s) => s.org.group === 'residential' && !isNew(s) && s.internalFrom === undefined)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const senior = new Set(residential.slice(0, bands['60-plus']));
  const rest = slots
    .filter((s) => !senior.has(s))
    .sort((a, b) => a.score - b.score || a.index - b.index);
  const spread = (members: Slot[], lo: number, hi: number, shape: number) => {
    members.forEach((slot, rank) => {
      if (isNew(slot)) {
        // New members keep the age their own score gives, within the band.
        slot.age = Math.min(hi, Math.max(lo, 19, Math.round(slot.score)));
        return;
      }
      const q = ((rank + random.next()) / members.length) ** shape;
      const age = lo + Math.min(hi - lo, Math.floor(q * (hi - lo + 1)));
      slot.age = Math.min(hi, Math.max(age, lo === 19 ? GROUP_SHAPE[slot.org.group].minAge : lo));
    });
  };
  const under30 = rest.slice(0, bands['under-30']);
  const thirties = rest.slice(bands['under-30'], bands['under-30'] + bands['30-39']);
  const middle = rest.slice(bands['under-30'] + bands['30-39']);
  spread(under30, 19, 29, 0.8);
  spread(thirties, 30, 39, 1);
  spread(middle, 40, 59, 1.1);
  spread(
    [...senior].sort((a, b) => a.score - b.score || a.index - b.index),
    60,
    93,
    1.7,
  );
}

function shiftToWeekday(date: string, lowest: string): string {
  let day = date;
  for (let i = 0; i < 3 && !isWeekday(day); i += 1) day = addDays(day, -1);
  if (day < lowest) {
    day = date;
    for (let i = 0; i < 3 && !isWeekday(day); i += 1) day = addDays(day, 1);
  }
  return day;
}

/** Birth dates from the ages, then admission and official dates. */
function assignDates(slots: Slot[], random: Random): void {
  for (const slot of slots) {
    if (slot.entry === 'admitted') slot.entryDate = random.pick(ADMISSION_BATCHES);
    if (slot.entry === 'admitted-early') slot.entryDate = random.pick(EARLY_BATCHES);
    if (slot.entry === 'transferred-in')
      slot.entryDate = randomDay(random, FROM, LAST_MOVEMENT_DAY, true);
    if (foundedInPeriod(slot.org)) {
      // A cell founded in the period receives its first members the day it is founded.
      const founded = slot.org.foundedOn;
      if (slot.entry === 'transferred-in') slot.entryDate = founded;
      if (slot.entry === 'admitted') {
        slot.entryDate = random.pick(ADMISSION_BATCHES.filter((batch) => batch > founded));
      }
    }

    const latestBirth = addMonths(AS_OF, -12 * slot.age);
    const earliestBirth = addDays(addMonths(AS_OF, -12 * (slot.age + 1)), 1);
    let upper = latestBirth;
    if (isNew(slot)) {
      const limit = addMonths(slot.entryDate ?? AS_OF, -(18 * 12 + 2));
      if (limit < upper) upper = limit;
    }
    slot.birthDate = randomDay(random, earliestBirth, later(upper, earliestBirth));

    if (isNew(slot)) {
      slot.admittedOn = slot.entryDate ?? FROM;
      continue;
    }
    const lowest = addMonths(slot.birthDate, 18 * 12 + 2);
    let highest = LAST_REGULAR_ADMISSION;
    if (slot.entry === 'transferred-in' && slot.entryDate !== undefined) {
      const beforeTransfer = addDays(slot.entryDate, -400);
      if (beforeTransfer < highest) highest = beforeTransfer;
    }
    const cap60 = addMonths(slot.birthDate, 59 * 12);
    if (cap60 < highest) highest = cap60;
    const maxYears = slot.age >= 75 ? 32 : 45;
    const years = Math.min(maxYears, 18.3 + Math.abs(random.normal(0, 7)));
    let admitted = addDays(slot.birthDate, Math.round(years * 365.25));
    if (admitted > highest)
      admitted = randomDay(random, later(lowest, addDays(highest, -900)), highest);
    if (admitted < lowest) admitted = lowest;
    slot.admittedOn = shiftToWeekday(admitted, lowest);
    slot.officialOn = addMonths(slot.admittedOn, 12);
  }
}

/** Women: 502, drawn with each organisation's weight (none in the military cell). */
function assignGender(slots: Slot[], random: Random): void {
  const women = new Set(
    random.sample(slots, ROSTER_COUNTS.female, (slot) => {
      const base = slot.org.femaleWeight;
      const newer = isNew(slot) ? 1.3 : 1;
      const older = slot.age >= 60 ? 0.85 : 1;
      return base * newer * older;
    }),
  );
  for (const slot of slots) slot.gender = women.has(slot) ? 'female' : 'male';
}

function birthYear(birthDate: string): number {
  return Number(birthDate.slice(0, 4));
}

/** Three members of ethnic minorities and 17 Catholics of two residential groups. */
function assignOrigins(slots: Slot[], random: Random): void {
  const minorities = random.sample(
    slots.filter(
      (s) =>
        ['public', 'agency', 'residential'].includes(s.org.group) && s.age >= 25 && s.age <= 55,
    ),
    ROSTER_COUNTS.minority,
  );
  const groups = ['Tày', 'Mường', 'Nùng'];
  minorities.forEach((slot, i) => {
    slot.ethnicity = groups[i % groups.length] ?? 'Tày';
  });
  const parish = slots.filter((s) => s.org.code === 'TDP07' || s.org.code === 'TDP12');
  const catholics = random.sample(parish, ROSTER_COUNTS.catholic);
  catholics.forEach((slot, i) => {
    slot.religion = 'catholic';
    slot.religionLabel = i % 8 === 3 ? 'Thiên chúa giáo' : 'Công giáo';
  });
}

/** One slot from the first non-empty pool, drawn with `weight`. */
function chooseFrom(
  random: Random,
  pools: readonly (readonly Slot[])[],
  weight: (slot: Slot) => number,
): Slot | undefined {
  const pool = pools.find((p) => p.length > 0);
  return pool === undefined ? undefined : random.sample(pool, 1, weight)[0];
}

/** A weight peaking at `peak` years of age and falling to 0 `width` years away. */
function agePeak(slot: Slot, peak: number, width: number): number {
  return Math.max(0, 1 - Math.abs(slot.age - peak) / width);
}

function byOrg(slots: readonly Slot[], code: string): Slot[] {
  return slots.filter((s) => s.org.code === code);
}

function free(slot: Slot): boolean {
  return slot.roles.size === 0;
}

/**
 * The people holding positions and attending leadership courses, chosen
 * before qualifications so that qualifications can follow the roles.
 */
function assignRoles(slots: Slot[], random: Random): { leaders: WardLeader[]; offices: Office[] } {
  // Office holders are official, stayed in their cell, and were on the roster
  // before the period, except in the cells founded during it.
  const official = (s: Slot) =>
    isOfficial(s) &&
    s.internalFrom === undefined &&
    (s.entry !== 'transferred-in' || foundedInPeriod(s.org));
  const leaders: WardLeader[] = [];
  const offices: Office[] = [];
  const hold = (slot: Slot | undefined, role: Office['role'], code: string, tag: RoleTag) => {
    if (!slot) throw new RangeError(`nobody for ${role} of ${code}`);
    slot.roles.add(tag);
    offices.push({ slot, role, org: code });
  };
  /** A ward leader from the first of `codes` (a cell, or all cells of a committee) with someone fit. */
  const lead = (title: string, codes: readonly string[], peak: number, key: boolean) => {
    for (const code of codes) {
      const pool = slots.filter(
        (s) =>
          (s.org.code === code || s.org.parent === code) &&
          official(s) &&
          free(s) &&
          s.age >= 38 &&
          s.age <= 57,
      );
      // Women hold about a third of the ward's leading posts.
      const gender = random.chance(0.7) ? 'male' : 'female';
      const slot = chooseFrom(
        random,
        [pool.filter((s) => s.gender === gender), pool],
        (s) => agePeak(s, peak, 12) + 0.01,
      );
      if (!slot) continue;
      slot.roles.add('ward-leader');
      if (key) slot.roles.add('key-leader');
      leaders.push({ title, slot });
      return slot;
    }
    throw new RangeError(`no leader for ${title}`);
  };
  lead('Bí thư Đảng ủy phường', ['DB02'], 50, true);
  const standing = lead('Phó Bí thư Thường trực Đảng ủy phường', ['DB02'], 48, true);
  lead('Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường', ['DB01'], 47, true);
  lead('Phó Chủ tịch Hội đồng nhân dân phường', ['DB01'], 46, true);
  const vice = lead('Phó Chủ tịch Ủy ban nhân dân phường', ['DB01'], 44, true);
  lead('Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường', ['DB02.3', 'DB02'], 50, false);

  // Secretaries and deputies of every organisation with members.
  hold(vice, 'secretary', 'DB01', 'secretary');
  hold(standing, 'secretary', 'DB02', 'secretary');
  const db03 = slots.filter((s) => s.org.parent === 'DB03' && official(s) && free(s));
  hold(
    chooseFrom(
      random,
      [
        db03.filter((s) => s.org.code === 'DB03.1' && s.age >= 45),
        db03.filter((s) => s.age >= 35),
        db03,
      ],
      (s) => agePeak(s, 52, 10) + 0.01,
    ),
    'secretary',
    'DB03',
    'secretary',
  );

  for (const plan of ORGANIZATIONS) {
    if (plan.kind === 'grassroots-committee') continue;
    const members = byOrg(slots, plan.code).filter(official);
    const [peak, width] = GROUP_SHAPE[plan.group].secretaryAge;
    // Office holders follow the gender mix of their cell (a kindergarten's
    // secretary is most likely a woman).
    const fit = (s: Slot) =>
      (s.gender === 'female' ? plan.femaleWeight : 1 - plan.femaleWeight) + 0.05;
    const secretary = chooseFrom(
      random,
      [members.filter((s) => free(s) && s.age >= 32 && s.age <= 74), members.filter(free)],
      (s) => (agePeak(s, peak, width) + 0.02) * fit(s),
    );
    hold(secretary, 'secretary', plan.code, 'secretary');
    if (members.length >= 9) {
      const deputy = chooseFrom(
        random,
        [members.filter((s) => free(s) && s.age >= 28 && s.age <= 72), members.filter(free)],
        (s) => (agePeak(s, peak - 6, width) + 0.02) * fit(s),
      );
      hold(deputy, 'deputy-secretary', plan.code, 'deputy');
    }
  }
  for (const code of ['DB01', 'DB02', 'DB03']) {
    const members = slots.filter((s) => s.org.parent === code && official(s));
    hold(
      random.sample(members.filter(free), 1, (s) => agePeak(s, 46, 12) + 0.02)[0],
      'deputy-secretary',
      code,
      'deputy',
    );
    for (const member of random.sample(members.filter(free), 3, (s) => agePeak(s, 44, 14) + 0.02)) {
      hold(member, 'committee-member', code, 'committee-member');
    }
  }

  // Residential group heads and Front committee heads: 2 secretaries are also
  // group heads, 8 others also Front committee heads.
  const residentialCodes = ORGANIZATIONS.filter((o) => o.group === 'residential').map(
    (o) => o.code,
  );
  const concurrent = random.shuffle(residentialCodes);
  const groupHeadSecretary = new Set(concurrent.slice(0, 2));
  const frontHeadSecretary = new Set(concurrent.slice(2, 10));
  for (const code of residentialCodes) {
    const members = byOrg(slots, code).filter(official);
    const secretary = members.find((s) => s.roles.has('secretary'));
    if (!secretary) throw new RangeError(`no secretary in ${code}`);
    const others = () =>
      members.filter(
        (s) =>
          !s.roles.has('secretary') &&
          !s.roles.has('group-head') &&
          !s.roles.has('front-head') &&
          s.age >= 35 &&
          s.age <= 72,
      );
    const groupHead = groupHeadSecretary.has(code)
      ? secretary
      : random.sample(others(), 1, (s) => agePeak(s, 56, 16) + 0.02)[0];
    hold(groupHead, 'residential-group-head', code, 'group-head');
    const frontHead = frontHeadSecretary.has(code)
      ? secretary
      : random.sample(others(), 1, (s) => agePeak(s, 62, 14) + 0.02)[0];
    hold(frontHead, 'front-committee-head', code, 'front-head');
  }

  // Leadership courses: department leaders of the People's Committee, leaders
  // of the party's advisory offices, leaders of the Front and mass organisations.
  const db01 = slots.filter(
    (s) => s.org.parent === 'DB01' && official(s) && !s.roles.has('key-leader'),
  );
  for (const s of random.sample(db01, 11, (x) => agePeak(x, 42, 14) + 0.02))
    s.roles.add('department-course');
  const agencies = slots.filter(
    (s) =>
      (s.org.code === 'DB02.1' || s.org.code === 'DB02.2') &&
      official(s) &&
      !s.roles.has('key-leader'),
  );
  for (const s of random.sample(agencies, 7, (x) => agePeak(x, 42, 14) + 0.02))
    s.roles.add('agency-course');
  const front = byOrg(slots, 'DB02.3').filter(official);
  for (const s of random.sample(front, 11)) s.roles.add('front-course');

  // Political theory: 51 members in the theory courses, 6 in the intermediate
  // course, all official and with no other role.
  const unassigned = (test: (s: Slot) => boolean) =>
    slots.filter((s) => official(s) && free(s) && test(s));
  const theoryPool = unassigned(
    (s) => s.entry !== 'transferred-in' && s.org.group !== 'agency' && s.age >= 23 && s.age <= 58,
  );
  for (const s of random.sample(theoryPool, 51, (x) => (x.org.group === 'residential' ? 1 : 1.6))) {
    s.roles.add('theory-course');
  }
  const intermediatePool = [
    ...random.sample(
      unassigned((s) => s.org.parent === 'DB01' && s.age <= 42),
      2,
    ),
    ...random.sample(
      unassigned((s) => s.org.parent === 'DB02' && s.age <= 42),
      1,
    ),
    ...random.sample(
      unassigned((s) => s.org.group === 'public' && s.age >= 30 && s.age <= 45),
      3,
    ),
  ];
  for (const s of intermediatePool) s.roles.add('intermediate-course');
  return { leaders, offices };
}

function holdsOffice(slot: Slot): boolean {
  return (
    slot.roles.has('ward-leader') ||
    slot.roles.has('secretary') ||
    slot.roles.has('deputy') ||
    slot.roles.has('committee-member')
  );
}

/** Fills `count` slots of `pool` (weighted) with `apply`, returning those left. */
function fill(
  random: Random,
  pool: Slot[],
  count: number,
  weight: (slot: Slot) => number,
  apply: (slot: Slot) => void,
): Slot[] {
  if (count <= 0) return pool;
  const chosen = new Set(random.sample(pool, count, weight));
  for (const slot of chosen) apply(slot);
  return pool.filter((s) => !chosen.has(s));
}

/** Political theory levels: leaders first, course attendees as their course says, then weighted. */
function assignTheory(slots: Slot[], random: Random): void {
  const counts = ROSTER_COUNTS.politicalTheory;
  let pool = slots.filter(isOfficial);
  const set = (level: Slot['politicalTheory']) => (slot: Slot) => {
    slot.politicalTheory = level;
  };
  const forced = (test: (s: Slot) => boolean, level: Slot['politicalTheory']) => {
    const chosen = pool.filter(test);
    for (const slot of chosen) slot.politicalTheory = level;
    pool = pool.filter((s) => !chosen.includes(s));
    return chosen.length;
  };
  const advanced = forced((s) => s.roles.has('ward-leader'), 'advanced');
  const elementaryForced = forced(
    (s) => s.roles.has('theory-course') || s.roles.has('intermediate-course'),
    'elementary',
  );
  const seniorRetired = (s: Slot) => s.org.group === 'residential' && s.age >= 65;
  pool = fill(
    random,
    pool,
    counts.advanced - advanced,
    (s) => (seniorRetired(s) ? 1 : 0),
    set('advanced'),
  );
  pool = fill(
    random,
    pool,
    1,
    (s) => (s.org.code === 'DB02.2' && s.age <= 45 && !holdsOffice(s) ? 1 : 0),
    set('bachelor'),
  );
  pool = fill(
    random,
    pool,
    counts.bachelor - 1,
    (s) => (seniorRetired(s) ? 1 : 0),
    set('bachelor'),
  );
  const intermediateForced = forced(
    (s) =>
      holdsOffice(s) ||
      s.roles.has('department-course') ||
      s.roles.has('agency-course') ||
      s.roles.has('front-course'),
    'intermediate',
  );
  pool = fill(
    random,
    pool,
    counts.intermediate - intermediateForced,
    (s) =>
      s.org.group === 'agency'
        ? 6
        : s.org.group === 'residential' && s.age >= 60
          ? 1.6
          : s.org.group === 'public' && s.age >= 35
            ? 1.4
            : s.age >= 35
              ? 0.6
              : 0.15,
    set('intermediate'),
  );
  pool = fill(
    random,
    pool,
    counts.elementary - elementaryForced,
    (s) => (s.org.group === 'agency' ? 3 : s.age >= 30 ? 1 : 0.5),
    set('elementary'),
  );
  for (const slot of pool) slot.politicalTheory = 'none';
}

/** A general-education entry as a ward office types it, by generation. */
function educationLabel(random: Random, level: Slot['generalEducation'], year: number): string {
  const tenYear = year < 1972;
  if (level === 'primary')
    return tenYear ? random.pick(['4/10', '3/10']) : random.pick(['5/12', 'Tiểu học']);
  if (level === 'lower-secondary') {
    return tenYear ? random.pick(['7/10', '7/10', '6/10']) : random.pick(['9/12', '9/12', 'THCS']);
  }
  return tenYear
    ? random.pick(['10/10', '10/10', 'THPT'])
    : random.pick(['12/12', '12/12', '12/12', 'THPT']);
}

const THEORY_BONUS: Record<Slot['politicalTheory'], number> = {
  advanced: 40,
  bachelor: 40,
  intermediate: 15,
  elementary: 5,
  none: 0,
};

/** General education and professional qualifications, ranked by a score of age, work and role. */
function assignEducation(slots: Slot[], random: Random): void {
  const score = new Map<Slot, number>();
  for (const slot of slots) {
    const value =
      GROUP_SHAPE[slot.org.group].educationBonus +
      THEORY_BONUS[slot.politicalTheory] +
      (isNew(slot) ? 10 : 0) -
      0.9 * slot.age +
      random.normal(0, 10);
    score.set(slot, value);
  }
  const ranked = [...slots].sort(
    (a, b) => (score.get(a) ?? 0) - (score.get(b) ?? 0) || a.index - b.index,
  );
  const ge = ROSTER_COUNTS.generalEducation;
  ranked.forEach((slot, rank) => {
    slot.generalEducation =
      rank < ge.primary
        ? 'primary'
        : rank < ge.primary + ge['lower-secondary']
          ? 'lower-secondary'
          : 'upper-secondary';
    slot.generalEducationLabel = educationLabel(
      random,
      slot.generalEducation,
      birthYear(slot.birthDate),
    );
  });

  const professional = new Map<Slot, number>();
  for (const slot of slots) {
    const kindergarten = ['SN01', 'SN02', 'SN03', 'NN04'].includes(slot.org.code) ? -25 : 0;
    const work = slot.org.group === 'agency' || slot.org.group === 'public' ? 30 : 0;
    professional.set(slot, (score.get(slot) ?? 0) + work + kindergarten + random.normal(0, 8));
  }
  const upper = slots
    .filter((s) => s.generalEducation === 'upper-secondary')
    .sort((a, b) => (professional.get(b) ?? 0) - (professional.get(a) ?? 0) || a.index - b.index);
  const pr = ROSTER_COUNTS.professional;
  const cuts: [Slot['professional'], number][] = [
    ['university', pr.university],
    ['college', pr.college],
    ['intermediate', pr.intermediate],
    ['elementary', pr.elementary],
  ];
  let at = 0;
  for (const [level, count] of cuts) {
    for (const slot of upper.slice(at, at + count)) slot.professional = level;
    at += count;
  }
  for (const slot of upper.slice(at)) slot.professional = 'none';
  for (const slot of slots)
    if (slot.generalEducation !== 'upper-secondary') slot.professional = 'none';
}

/** Occupations, with the labels the office typed. */
function assignOccupation(slots: Slot[], random: Random): void {
  const oc = ROSTER_COUNTS.occupation;
  const label = (slot: Slot, code: Slot['occupation'], text: string) => {
    slot.occupation = code;
    slot.occupationLabel = text;
  };
  // Military cell: six soldiers, the others militia.
  const military = slots.filter((s) => s.org.group === 'military');
  const soldiers = new Set(military.filter(isOfficial).slice(0, oc['armed-forces']));
  for (const slot of military) {
    if (soldiers.has(slot)) label(slot, 'armed-forces', 'Lực lượng vũ trang');
    else label(slot, 'other', 'Khác');
  }
  // Ward agencies: civil servants, but for one contract worker admitted in the period.
  const agency = slots.filter((s) => s.org.group === 'agency');
  const contract = agency.find((s) => s.entry === 'admitted');
  for (const slot of agency) {
    if (slot === contract) label(slot, 'other', 'Khác');
    else label(slot, 'civil-servant', 'Cán bộ, công chức, viên chức');
  }
  // Enterprises and non-state units.
  for (const slot of slots.filter(
    (s) => s.org.group === 'enterprise' || s.org.group === 'non-state',
  )) {
    label(slot, 'private-sector', 'Làm việc khu vực ngoài nhà nước');
  }
  // Public-service staff beyond the civil-servant count of the report.
  for (const slot of slots.filter((s) => s.org.group === 'public')) label(slot, 'other', 'Khác');

  // Residential members: retired, farmers, students, state enterprises, self-employed, other.
  let residential = slots.filter((s) => s.org.group === 'residential');
  const assigned = (code: Slot['occupation']) =>
    slots.filter((s) => s.occupation === code && s.occupationLabel !== '').length;
  const professionalWeight: Record<Slot['professional'], number> = {
    doctorate: 3,
    master: 3,
    university: 3,
    college: 2.5,
    intermediate: 2,
    elementary: 1.2,
    none: 1,
  };
  residential = fill(
    random,
    residential,
    oc.retired,
    (s) =>
      s.age >= 60 || (s.gender === 'female' && s.age >= 57)
        ? professionalWeight[s.professional]
        : 0,
    (s) => label(s, 'retired', 'Hưu trí'),
  );
  residential = fill(
    random,
    residential,
    oc.student - assigned('student'),
    (s) => (s.age <= 23 ? (isNew(s) ? 3 : 1) : s.age <= 25 ? 0.1 : 0),
    (s) => label(s, 'student', 'Học sinh, sinh viên'),
  );
  residential = fill(
    random,
    residential,
    oc.farmer,
    (s) => (s.age >= 40 && s.professional === 'none' ? (s.age >= 60 ? 2 : 1) : 0),
    (s) => label(s, 'farmer', 'Nông dân'),
  );
  residential = fill(
    random,
    residential,
    oc['state-enterprise'],
    (s) => (s.age >= 25 && s.age <= 59 ? 1 : 0),
    (s) => label(s, 'state-enterprise', 'Doanh nghiệp nhà nước'),
  );
  residential = fill(
    random,
    residential,
    oc['private-sector'] - assigned('private-sector'),
    (s) => (s.age < 60 ? 1 : s.age < 66 ? 0.3 : 0),
    (s) => label(s, 'private-sector', random.chance(0.6) ? 'Lao động tự do' : 'Kinh doanh'),
  );
  for (const slot of residential) label(slot, 'other', 'Khác');
}

/** Exemption for the oldest, working away for some younger residents. */
function assignFlags(slots: Slot[], random: Random): void {
  const residential = slots.filter((s) => s.org.group === 'residential' && s.roles.size === 0);
  for (const slot of random.sample(
    residential.filter((s) => s.age >= 72),
    ROSTER_COUNTS.exempt,
    (s) => (s.age - 70) ** 2,
  )) {
    slot.exempt = true;
  }
  for (const slot of random.sample(
    residential.filter(
      (s) =>
        !s.exempt &&
        !isNew(s) &&
        s.age >= 22 &&
        s.age <= 50 &&
        ['private-sector', 'other', 'state-enterprise'].includes(s.occupation),
    ),
    ROSTER_COUNTS.workingAway,
  )) {
    slot.workingAway = true;
  }
}

/** The people who left in the period: transferred out, struck off, deceased. */
function makeDeparted(random: Random, names: NameDrawer): Departed[] {
  const departed: Departed[] = [];
  const kinds: [Departed['type'], Readonly<Record<string, number>>][] = [
    ['transferred-out', MOVEMENT_PLAN.transferredOut],
    ['struck-off', MOVEMENT_PLAN.struckOff],
    ['deceased', MOVEMENT_PLAN.deceased],
  ];
  for (const [type, plan] of kinds) {
    for (const [code, count] of Object.entries(plan)) {
      const { group, femaleWeight } = org(code);
      for (let i = 0; i < count; i += 1) {
        const age =
          type === 'deceased'
            ? random.int(72, 94)
            : type === 'struck-off'
              ? random.int(29, 52)
              : group === 'residential'
                ? random.int(28, 72)
                : random.int(26, 55);
        const female = random.chance(type === 'deceased' ? 0.15 : femaleWeight * 0.9);
        const birth = addDays(addMonths(AS_OF, -12 * age), -random.int(1, 360));
        const admittedYears = Math.min(age - 2, 19 + Math.abs(random.normal(0, 6)));
        const admittedOn = addDays(birth, Math.round(admittedYears * 365.25));
        // Deaths fall on any day; the other movements on working days.
        const date = randomDay(random, FROM, LAST_MOVEMENT_DAY, type !== 'deceased');
        departed.push({
          type,
          org: code,
          date,
          fullName: names.draw(female ? 'female' : 'male', birthYear(birth)),
          admittedOn: earlier(admittedOn, LAST_REGULAR_ADMISSION),
          id: '',
        });
      }
    }
  }
  return departed;
}

/**
 * Ward codes `DK0001`… in the order people entered the ward's records:
 * admission, or transfer in for those who came from elsewhere.
 */
function assignIds(slots: Slot[], departed: Departed[]): void {
  const people: { readonly key: string; readonly record: { id: string } }[] = [
    ...slots.map((slot) => ({
      key: slot.entry === 'transferred-in' ? (slot.entryDate ?? slot.admittedOn) : slot.admittedOn,
      record: slot,
    })),
    ...departed.map((person) => ({ key: person.admittedOn, record: person })),
  ];
  // A stable sort: people entering on the same day keep the order above.
  people.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  people.forEach(({ record }, i) => {
    record.id = `DK${String(i + 1).padStart(4, '0')}`;
  });
}

/** Completed months from `on` to the member's retirement date (NĐ 135/2020/NĐ-CP). */
export function monthsToRetirement(slot: Pick<Slot, 'birthDate' | 'gender'>, on: string): number {
  const retiresOn = retirement(slot.birthDate, slot.gender).retiresOn;
  const [y1 = 0, m1 = 0, d1 = 0] = on.split('-').map(Number);
  const [y2 = 0, m2 = 0, d2 = 0] = retiresOn.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** Generates the roster, the departed and the ward leaders. */
export function generateRoster(random: Random): Roster {
  const slots = makeSlots(random.fork('slots'));
  assignAges(slots, random.fork('ages'));
  assignDates(slots, random.fork('dates'));
  assignGender(slots, random.fork('gender'));
  const names = new NameDrawer(random.fork('names'));
  for (const slot of slots) slot.fullName = names.draw(slot.gender, birthYear(slot.birthDate));
  assignOrigins(slots, random.fork('origins'));
  const { leaders, offices } = assignRoles(slots, random.fork('roles'));
  assignTheory(slots, random.fork('theory'));
  assignEducation(slots, random.fork('education'));
  assignOccupation(slots, random.fork('occupation'));
  assignFlags(slots, random.fork('flags'));
  const departed = makeDeparted(random.fork('departed'), names);
  assignIds(slots, departed);
  for (const slot of slots) {
    if (ageOn(slot.birthDate, AS_OF) !== slot.age)
      throw new RangeError('age and birth date disagree');
  }
  return { slots, departed, leaders, offices };
}
