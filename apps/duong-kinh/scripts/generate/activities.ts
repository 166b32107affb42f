/**
 * The records around the roster: organisations, movements, positions,
 * inspection and supervision, training, cadre planning, classification and
 * admission targets, all drawn from the same {@link Roster}.
 */

import { AS_OF, FROM } from '../../src/config';
import { addDays, ageOn, randomDay } from './calendar';
import type {
  SampleClassification,
  SampleInspection,
  SampleMember,
  SampleMovement,
  SampleOrganization,
  SamplePlanning,
  SamplePosition,
  SampleTarget,
  SampleTraining,
} from './model';
import { NameDrawer } from './names';
import { CONGRESSES, foundedInPeriod, MOVEMENT_PLAN, ORGANIZATIONS, type OrgGroup } from './plan';
import type { Random } from './random';
import {
  isNew,
  isOfficial,
  monthsToRetirement,
  type RoleTag,
  type Roster,
  type Slot,
} from './roster';

const ORG_NAME = new Map(ORGANIZATIONS.map((org) => [org.code, org.name]));

function orgName(code: string): string {
  return ORG_NAME.get(code) ?? code;
}

/**
 * Codes of the organisations directly under the ward committee and set up
 * before the period, of `group` or of every group.
 */
function directCodes(group?: OrgGroup): string[] {
  return ORGANIZATIONS.filter(
    (o) =>
      o.parent === undefined && !foundedInPeriod(o) && (group === undefined || o.group === group),
  ).map((o) => o.code);
}

/**
 * The organisations as the ward lists them, with their last congress
 * ({@link CONGRESSES}); every one is on the electronic handbook.
 */
export function organizationsOf(): SampleOrganization[] {
  return ORGANIZATIONS.map((org) => {
    const congress = CONGRESSES[org.code];
    return {
      code: org.code,
      name: org.name,
      kind: org.kind,
      ...(org.parent === undefined ? {} : { parent: org.parent }),
      categoryLabel: org.categoryLabel,
      ...(org.foundedOn === undefined ? {} : { foundedOn: org.foundedOn }),
      eHandbook: true,
      ...(congress === undefined ? {} : { congressOn: congress.on }),
      ...(congress?.termYears === undefined ? {} : { termYears: congress.termYears }),
    };
  });
}

/** The roster in the ward's order: by organisation, then by code. */
export function membersOf(roster: Roster): SampleMember[] {
  const order = new Map(ORGANIZATIONS.map((org, i) => [org.code, i]));
  return [...roster.slots]
    .sort(
      (a, b) =>
        (order.get(a.org.code) ?? 0) - (order.get(b.org.code) ?? 0) || (a.id < b.id ? -1 : 1),
    )
    .map((slot) => ({
      id: slot.id,
      fullName: slot.fullName,
      birthDate: slot.birthDate,
      gender: slot.gender,
      ethnicity: slot.ethnicity,
      religion: slot.religion,
      religionLabel: slot.religionLabel,
      admittedOn: slot.admittedOn,
      ...(slot.officialOn === undefined ? {} : { officialOn: slot.officialOn }),
      org: slot.org.code,
      generalEducation: slot.generalEducation,
      generalEducationLabel: slot.generalEducationLabel,
      professional: slot.professional,
      politicalTheory: slot.politicalTheory,
      occupation: slot.occupation,
      occupationLabel: slot.occupationLabel,
      exempt: slot.exempt,
      workingAway: slot.workingAway,
    }));
}

const TRANSFER_IN_NOTES = {
  retired: 'Nghỉ hưu, chuyển sinh hoạt về nơi cư trú',
  moved: 'Chuyển nơi cư trú về phường',
  work: 'Chuyển công tác về đơn vị',
  newCell: 'Chuyển sinh hoạt về chi bộ nơi làm việc',
} as const;
const TRANSFER_OUT_NOTES = [
  'Chuyển nơi cư trú',
  'Chuyển công tác',
  'Chuyển sinh hoạt đảng ra ngoài thành phố',
] as const;

/** Movements of the period, by date: admissions numbered as the committee's decisions. */
export function movementsOf(roster: Roster, random: Random): SampleMovement[] {
  const movements: SampleMovement[] = [];
  for (const slot of roster.slots) {
    if (slot.entry === 'admitted') {
      movements.push({
        date: slot.admittedOn,
        type: 'admitted',
        memberId: slot.id,
        fullName: slot.fullName,
        org: slot.org.code,
      });
    } else if (slot.entry === 'transferred-in' && slot.entryDate !== undefined) {
      const note = foundedInPeriod(slot.org)
        ? TRANSFER_IN_NOTES.newCell
        : slot.org.group === 'residential'
          ? slot.age >= 58
            ? TRANSFER_IN_NOTES.retired
            : TRANSFER_IN_NOTES.moved
          : TRANSFER_IN_NOTES.work;
      movements.push({
        date: slot.entryDate,
        type: 'transferred-in',
        memberId: slot.id,
        fullName: slot.fullName,
        org: slot.org.code,
        note,
      });
    }
    if (slot.internalFrom !== undefined && slot.internalDate !== undefined) {
      movements.push({
        date: slot.internalDate,
        type: 'internal-transfer',
        memberId: slot.id,
        fullName: slot.fullName,
        org: slot.org.code,
        note: `Chuyển từ ${orgName(slot.internalFrom)}`,
      });
    }
  }
  for (const person of roster.departed) {
    const note =
      person.type === 'transferred-out'
        ? random.pick(TRANSFER_OUT_NOTES)
        : person.type === 'struck-off'
          ? 'Bỏ sinh hoạt đảng không có lý do chính đáng'
          : undefined;
    movements.push({
      date: person.date,
      type: person.type,
      memberId: person.id,
      fullName: person.fullName,
      org: person.org,
      ...(note === undefined ? {} : { note }),
    });
  }
  movements.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.memberId < b.memberId ? -1 : 1,
  );
  let decision = 36;
  for (const movement of movements) {
    if (movement.type !== 'admitted') continue;
    decision += 1;
    movement.note = `Quyết định kết nạp số ${decision}-QĐ/ĐU`;
  }
  return movements;
}

/** Positions held on the reference date: ward titles, then each organisation's. */
export function positionsOf(roster: Roster, random: Random): SamplePosition[] {
  const positions: SamplePosition[] = roster.leaders.map(({ title, slot }) => ({
    memberId: slot.id,
    role: 'other',
    roleText: title,
    since: '2025-07-01',
  }));
  for (const office of roster.offices) {
    const code = office.org;
    let since: string | undefined;
    if (office.role === 'residential-group-head' || office.role === 'front-committee-head') {
      since = random.chance(0.25) ? undefined : randomDay(random, '2022-01-03', '2025-06-30', true);
    } else if (code.startsWith('DB01') || code.startsWith('DB02')) {
      since = '2025-06-27';
    } else if (foundedInPeriod(office.slot.org)) {
      since = office.slot.org.foundedOn;
    } else {
      since = randomDay(random, '2025-03-03', '2025-06-13', true);
    }
    positions.push({
      memberId: office.slot.id,
      role: office.role,
      org: code,
      ...(since === undefined ? {} : { since }),
    });
  }
  return positions;
}

/**
 * Inspections of 7 organisations and 5 cell secretaries (kiểm tra), and the
 * supervision topics of the period (giám sát thường xuyên, chuyên đề).
 */
export function inspectionsOf(roster: Roster, random: Random): SampleInspection[] {
  const records: SampleInspection[] = [];
  const residential = directCodes('residential');
  const shuffled = random.shuffle(residential);
  const inspectedCells = [
    ...shuffled.slice(0, 4),
    random.pick(directCodes('public')),
    random.pick(directCodes('non-state')),
    'DB03',
  ];
  const content =
    'Việc thực hiện nghị quyết năm 2025 của cấp ủy và việc chấp hành quy chế làm việc';
  for (const code of inspectedCells) {
    records.push({
      ref: '14-QĐ/ĐU',
      date: '2025-09-15',
      mode: 'inspection',
      subjectType: 'organization',
      subject: code,
      content,
      finding: 'no-violation',
    });
  }
  const secretaryCells = shuffled.slice(4, 9);
  for (const code of secretaryCells) {
    const secretary = roster.offices.find((o) => o.role === 'secretary' && o.org === code);
    if (!secretary) throw new RangeError(`no secretary in ${code}`);
    records.push({
      ref: '21-QĐ/ĐU',
      date: '2025-11-10',
      mode: 'inspection',
      subjectType: 'member',
      subject: secretary.slot.id,
      content:
        'Việc thực hiện chức trách, nhiệm vụ bí thư chi bộ trong lãnh đạo thực hiện nghị quyết năm và chấp hành quy chế làm việc',
      finding: 'no-violation',
    });
  }

  const topics: {
    ref: string;
    date: string;
    mode: SampleInspection['mode'];
    content: string;
    subjects: string[];
  }[] = [
    {
      ref: '05-KH/ĐU',
      date: '2025-07-21',
      mode: 'thematic-supervision',
      content: 'Quy trình chuẩn bị nhân sự đại hội chi bộ nhiệm kỳ 2025-2027',
      subjects: random.shuffle(residential).slice(0, 6),
    },
    {
      ref: '18-KH/ĐU',
      date: '2025-10-20',
      mode: 'regular-supervision',
      content:
        'Chấp hành Cương lĩnh, Điều lệ Đảng, các nghị quyết và pháp luật; thực hiện nhiệm vụ được giao',
      subjects: [
        ...random.shuffle(residential).slice(0, 5),
        ...random.shuffle(directCodes('public')).slice(0, 3),
        'DB01',
        'DB02',
      ],
    },
    {
      ref: '27-KH/ĐU',
      date: '2025-12-15',
      mode: 'regular-supervision',
      content: 'Công tác tuyển chọn, gọi công dân nhập ngũ và giao quân năm 2026',
      subjects: ['QS01', ...random.shuffle(residential).slice(0, 4)],
    },
    {
      ref: '31-KH/ĐU',
      date: '2026-01-19',
      mode: 'regular-supervision',
      content:
        'Việc cấp, phát quà Tết cho các đối tượng hưởng chính sách của Nhà nước và địa phương',
      subjects: random.shuffle(residential).slice(0, 6),
    },
    {
      ref: '33-KH/ĐU',
      date: '2026-01-26',
      mode: 'regular-supervision',
      content: 'Việc tổ chức các hoạt động mừng Đảng, mừng Xuân năm 2026',
      subjects: random.shuffle(directCodes()).slice(0, 8),
    },
  ];
  for (const topic of topics) {
    for (const subject of [...topic.subjects].sort()) {
      records.push({
        ref: topic.ref,
        date: topic.date,
        mode: topic.mode,
        subjectType: 'organization',
        subject,
        content: topic.content,
        finding: 'no-violation',
      });
    }
  }
  return records;
}

/** A course of the period: its rows without the attendee, and whether it is over. */
interface Course extends Omit<SampleTraining, 'memberId' | 'result'> {
  readonly completed: boolean;
}

/** Training of the period: leadership courses, political theory, new members. */
export function trainingOf(roster: Roster, random: Random): SampleTraining[] {
  const rows: SampleTraining[] = [];
  const attend = (course: Course, slots: readonly Slot[]) => {
    const { completed, ...fields } = course;
    for (const slot of [...slots].sort((a, b) => (a.id < b.id ? -1 : 1))) {
      rows.push({ ...fields, memberId: slot.id, ...(completed ? { result: 'completed' } : {}) });
    }
  };
  const tagged = (tag: RoleTag) => roster.slots.filter((s) => s.roles.has(tag));
  attend(
    {
      courseId: 'BD-CC-2025',
      courseName: 'Lớp bồi dưỡng cán bộ lãnh đạo chủ chốt phường năm 2025',
      courseKindLabel: 'Bồi dưỡng lãnh đạo chủ chốt',
      courseKind: 'key-leaders',
      from: '2025-08-11',
      to: '2025-08-15',
      completed: true,
    },
    tagged('key-leader'),
  );
  attend(
    {
      courseId: 'BD-CP-2025',
      courseName: 'Lớp bồi dưỡng lãnh đạo cấp phòng thuộc Ủy ban nhân dân phường',
      courseKindLabel: 'Bồi dưỡng lãnh đạo cấp phòng',
      courseKind: 'department-leaders',
      from: '2025-09-08',
      to: '2025-09-12',
      completed: true,
    },
    tagged('department-course'),
  );
  attend(
    {
      courseId: 'BD-TM-2025',
      courseName: 'Lớp bồi dưỡng lãnh đạo các cơ quan tham mưu, giúp việc Đảng ủy phường',
      courseKindLabel: 'Bồi dưỡng lãnh đạo cơ quan tham mưu',
      courseKind: 'party-agency-leaders',
      from: '2025-09-22',
      to: '2025-09-26',
      completed: true,
    },
    tagged('agency-course'),
  );
  attend(
    {
      courseId: 'BD-MT-2025',
      courseName: 'Lớp bồi dưỡng lãnh đạo Mặt trận và các đoàn thể phường',
      courseKindLabel: 'Bồi dưỡng Mặt trận và đoàn thể',
      courseKind: 'front-leaders',
      from: '2025-10-13',
      to: '2025-10-17',
      completed: true,
    },
    tagged('front-course'),
  );
  const theory = random.shuffle(tagged('theory-course'));
  const half = Math.ceil(theory.length / 2);
  attend(
    {
      courseId: 'LLCT-01/2025',
      courseName: 'Lớp bồi dưỡng lý luận chính trị khóa 1',
      courseKindLabel: 'Bồi dưỡng lý luận chính trị',
      courseKind: 'theory-elementary',
      from: '2025-10-06',
      to: '2025-10-24',
      completed: true,
    },
    theory.slice(0, half),
  );
  attend(
    {
      courseId: 'LLCT-02/2026',
      courseName: 'Lớp bồi dưỡng lý luận chính trị khóa 2',
      courseKindLabel: 'Bồi dưỡng lý luận chính trị',
      courseKind: 'theory-elementary',
      from: '2026-01-05',
      to: '2026-01-23',
      completed: true,
    },
    theory.slice(half),
  );
  attend(
    {
      courseId: 'TCLLCT-K25',
      courseName: 'Lớp Trung cấp lý luận chính trị khóa 25',
      courseKindLabel: 'Trung cấp lý luận chính trị',
      courseKind: 'theory-intermediate',
      from: '2025-09-15',
      to: '2026-07-31',
      completed: false,
    },
    tagged('intermediate-course'),
  );
  const newMembers = roster.slots.filter(isNew);
  const newMemberCourses: [string, string, string, string][] = [
    ['ĐVM-01/2025', 'đợt 1', '2025-07-28', '2025-08-01'],
    ['ĐVM-02/2025', 'đợt 2', '2025-10-06', '2025-10-10'],
    ['ĐVM-03/2025', 'đợt 3', '2025-12-08', '2025-12-12'],
    ['ĐVM-01/2026', 'đợt 1 năm 2026', '2026-02-09', '2026-02-13'],
  ];
  let previous = '0000-00-00';
  for (const [courseId, batch, from, to] of newMemberCourses) {
    attend(
      {
        courseId,
        courseName: `Lớp bồi dưỡng lý luận chính trị cho đảng viên mới ${batch}`,
        courseKindLabel: 'Bồi dưỡng đảng viên mới',
        courseKind: 'new-member',
        from,
        to,
        completed: true,
      },
      newMembers.filter((s) => s.admittedOn > previous && s.admittedOn < from),
    );
    previous = addDays(from, -1);
  }
  return rows;
}

/** Planning terms and posts (nhiệm kỳ, chức danh quy hoạch). */
const PLANNING: readonly { term: string; posts: readonly string[] }[] = [
  {
    term: '2025-2030',
    posts: [
      'Bí thư Đảng ủy phường',
      'Phó Bí thư Thường trực Đảng ủy phường',
      'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường',
    ],
  },
  {
    term: '2026-2031',
    posts: [
      'Chủ tịch Hội đồng nhân dân phường',
      'Chủ tịch Ủy ban nhân dân phường',
      'Phó Chủ tịch Ủy ban nhân dân phường',
    ],
  },
  {
    term: '2030-2035',
    posts: [
      'Bí thư Đảng ủy phường',
      'Phó Bí thư Thường trực Đảng ủy phường',
      'Chủ nhiệm Ủy ban Kiểm tra Đảng ủy phường',
    ],
  },
  {
    term: '2031-2036',
    posts: [
      'Chủ tịch Hội đồng nhân dân phường',
      'Chủ tịch Ủy ban nhân dân phường',
      'Phó Chủ tịch Ủy ban nhân dân phường',
    ],
  },
];

/** Age band of planning (under 40, 40–49, 50 and over) at the reference date. */
function planningBand(age: number): 0 | 1 | 2 {
  return age < 40 ? 0 : age < 50 ? 1 : 2;
}

/**
 * Cadre planning: three candidates per post, one in each age band at the
 * term's reference date (July of its first year, ward level), each with at
 * least 60 months to retirement and in at most two posts of a term; one
 * candidate of the 2031–2036 term comes from outside the ward's roster.
 */
export function planningOf(roster: Roster, random: Random): SamplePlanning[] {
  // Candidates come from the ward's agencies and the heads of public-service
  // units first, then from any cell secretary or deputy, then from any member
  // with a degree, when a band has nobody fit.
  const fit = (s: Slot) => isOfficial(s) && !s.exempt && s.entry !== 'admitted';
  const pools = [
    roster.slots.filter(
      (s) =>
        fit(s) &&
        (s.org.group === 'agency' || (s.org.group === 'public' && s.roles.has('secretary'))),
    ),
    roster.slots.filter((s) => fit(s) && (s.roles.has('secretary') || s.roles.has('deputy'))),
    roster.slots.filter((s) => fit(s) && s.professional === 'university'),
  ];
  const rows: SamplePlanning[] = [];
  const names = new NameDrawer(random.fork('planning-names'));
  const title = new Map(roster.leaders.map(({ title, slot }) => [slot, title]));
  for (const { term, posts } of PLANNING) {
    const reference = `${term.slice(0, 4)}-07-01`;
    const postsOf = new Map<Slot, number>();
    for (const position of posts) {
      for (const band of [0, 1, 2] as const) {
        if (term === '2031-2036' && position === 'Chủ tịch Ủy ban nhân dân phường' && band === 0) {
          const birthDate = randomDay(random, '1994-08-01', '1995-06-30');
          rows.push({
            term,
            position,
            fullName: names.draw('male', Number(birthDate.slice(0, 4))),
            birthDate,
            gender: 'male',
          });
          continue;
        }
        const eligible = (pool: readonly Slot[], limit: number) =>
          pool.filter((s) => {
            const age = ageOn(s.birthDate, reference);
            return (
              planningBand(age) === band &&
              age >= 28 &&
              (postsOf.get(s) ?? 0) < limit &&
              monthsToRetirement(s, reference) >= 60 &&
              // Nobody is planned for the post they already hold.
              !(title.get(s)?.endsWith(position) ?? false) &&
              !rows.some((r) => r.term === term && r.position === position && r.memberId === s.id)
            );
          });
        let candidates: Slot[] = [];
        for (const [pool, limit] of pools.flatMap((p) => [[p, 1] as const, [p, 2] as const])) {
          candidates = eligible(pool, limit);
          if (candidates.length > 0) break;
        }
        const weight = (s: Slot) =>
          (s.roles.has('ward-leader') ? 4 : 1) * (s.politicalTheory === 'none' ? 0.3 : 1);
        const [chosen] = random.sample(candidates, 1, weight);
        if (!chosen) throw new RangeError(`no planning candidate for ${position} ${term}`);
        postsOf.set(chosen, (postsOf.get(chosen) ?? 0) + 1);
        rows.push({ term, position, memberId: chosen.id, fullName: chosen.fullName });
      }
    }
  }
  return rows;
}

/**
 * Classification of 2025: the direct organisations set up before the period,
 * and the roster members the rules allow to be rated (admitted by 30 June
 * 2025, not exempt, on the ward's roster by the end of 2025). The number
 * rated excellent stays within 20% of those rated good.
 */
export function classificationsOf(roster: Roster, random: Random): SampleClassification[] {
  const rows: SampleClassification[] = [];
  const orgs = directCodes();
  const orgRatings = random.shuffle([
    ...Array<SampleClassification['rating']>(6).fill('excellent'),
    ...Array<SampleClassification['rating']>(31).fill('good'),
    ...Array<SampleClassification['rating']>(orgs.length - 38).fill('fulfilled'),
    'not-fulfilled' as const,
  ]);
  orgs.forEach((code, i) => {
    rows.push({
      year: 2025,
      subjectType: 'organization',
      subject: code,
      rating: orgRatings[i] ?? 'good',
    });
  });

  const rated = roster.slots.filter(
    (s) =>
      s.admittedOn <= '2025-06-30' &&
      !s.exempt &&
      !(s.entry === 'transferred-in' && (s.entryDate ?? '') > '2025-12-31'),
  );
  const notFulfilled = new Set(
    random.sample(rated, 5, (s) => (s.workingAway ? 4 : s.roles.size > 0 ? 0 : 0.2)),
  );
  const others = rated.filter((s) => !notFulfilled.has(s));
  const good = Math.round(others.length * 0.74);
  const excellent = Math.floor(good * 0.19);
  const excellentSet = new Set(
    random.sample(others, excellent, (s) => (s.roles.size > 0 ? 4 : s.age < 60 ? 1 : 0.5)),
  );
  const rest = others.filter((s) => !excellentSet.has(s));
  const fulfilled = new Set(
    random.sample(rest, others.length - excellent - good, (s) => (s.age >= 70 ? 3 : 1)),
  );
  for (const slot of [...rated].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const rating = notFulfilled.has(slot)
      ? 'not-fulfilled'
      : excellentSet.has(slot)
        ? 'excellent'
        : fulfilled.has(slot)
          ? 'fulfilled'
          : 'good';
    rows.push({ year: 2025, subjectType: 'member', subject: slot.id, rating });
  }
  return rows;
}

/**
 * Admission targets of the period: 31 for the ward, shared out among the
 * organisations (a committee's target covers its cells); two cells admitted
 * one more than their share and two one fewer.
 */
export function admissionTargetsOf(): SampleTarget[] {
  const byOrg = new Map<string, number>();
  for (const [code, count] of Object.entries(MOVEMENT_PLAN.admitted)) {
    const top = code.includes('.') ? (code.split('.')[0] ?? code) : code;
    byOrg.set(top, (byOrg.get(top) ?? 0) + count);
  }
  // Shares as assigned: two cells beat theirs, two fell one short.
  byOrg.set('TDP03', (byOrg.get('TDP03') ?? 0) - 1);
  byOrg.set('TDP16', (byOrg.get('TDP16') ?? 0) - 1);
  byOrg.set('TDP07', (byOrg.get('TDP07') ?? 0) + 1);
  byOrg.set('NN03', (byOrg.get('NN03') ?? 0) + 1);
  const total = [...byOrg.values()].reduce((sum, n) => sum + n, 0);
  const order = new Map(ORGANIZATIONS.map((o, i) => [o.code, i]));
  const targets: SampleTarget[] = [{ from: FROM, to: AS_OF, admissionTarget: total }];
  for (const [code, count] of [...byOrg].sort(
    (a, b) => (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0),
  )) {
    targets.push({ from: FROM, to: AS_OF, org: code, admissionTarget: count });
  }
  return targets;
}
