import { memberTimeline, organizationOn } from '../../history/memberTimeline';
import { isLeavingMovement, type Movement } from '../../member/movement';
import type { Organization } from '../../organization/organization';
import { type Check, type CheckContext, viDate } from '../_internal/checkContext';

/**
 * Records dated after the reference date R (data contract §4.3): the data
 * date, or without one the date asked for. Such a record cannot be part of
 * the data of that date, so it is an error naming its row, never a count.
 */
function checkAfterReference(context: CheckContext): void {
  const reference = context.ward.dataDate ?? context.asOf;
  if (reference === undefined) return;
  const params = {
    reference,
    referenceVi: viDate(reference),
    basisVi: context.ward.dataDate === undefined ? 'ngày được hỏi' : 'Ngày số liệu',
    basisEn: context.ward.dataDate === undefined ? 'the date asked for' : 'the data date',
  };
  const after = (date: string | undefined) => date !== undefined && date > reference;
  for (const { index, record } of context.rows.movements) {
    if (after(record.date)) {
      context.report(
        'after-reference-date',
        { kind: 'movements', index, field: 'date' },
        { value: record.date, params: { ...params, field: 'date' } },
      );
    }
  }
  for (const { index, record } of context.rows.members) {
    for (const field of ['admittedOn', 'leftOn'] as const) {
      if (after(record[field])) {
        context.report(
          'after-reference-date',
          { kind: 'members', index, field },
          { value: record[field], params: { ...params, field } },
        );
      }
    }
  }
  for (const { index, record } of context.rows.organizations) {
    if (after(record.foundedOn)) {
      context.report(
        'after-reference-date',
        { kind: 'organizations', index, field: 'foundedOn' },
        { value: record.foundedOn, params: { ...params, field: 'foundedOn' } },
      );
    }
  }
}

/** `Sáp nhập vào` names an organisation of the list that still exists when the merge takes effect. */
function checkMerges(context: CheckContext): void {
  const byCode = new Map<string, Organization>();
  for (const { record } of context.rows.organizations) byCode.set(record.code, record);
  for (const { index, record } of context.rows.organizations) {
    if (record.mergedInto === undefined) continue;
    if (context.unreadable.organizations.has(record.mergedInto)) continue;
    const target = byCode.get(record.mergedInto);
    const location = { kind: 'organizations', index, field: 'mergedInto' } as const;
    if (target === undefined) {
      context.report('invalid-merge-target', location, {
        value: record.mergedInto,
        params: { reason: 'unknown' },
      });
    } else if (
      target.dissolvedOn !== undefined &&
      (record.dissolvedOn === undefined || target.dissolvedOn <= record.dissolvedOn)
    ) {
      context.report('invalid-merge-target', location, {
        value: record.mergedInto,
        params: { reason: 'dissolved' },
      });
    }
  }
}

/** A former member has the leaving movement of their `leftOn`; in a history, a leaving movement has its former member. */
function checkFormerMembers(context: CheckContext, movements: Map<string, Movement[]>): void {
  const onFile = new Set<string>();
  for (const { index, record } of context.rows.members) {
    onFile.add(record.id);
    if (record.leftOn === undefined) continue;
    const own = movements.get(record.id) ?? [];
    if (!own.some((m) => isLeavingMovement(m.type) && m.date === record.leftOn)) {
      context.report(
        'former-member-without-leaving',
        { kind: 'members', index, field: 'leftOn' },
        { value: record.leftOn, params: { date: record.leftOn, dateVi: viDate(record.leftOn) } },
      );
    }
  }
  if (context.ward.dataDate === undefined) return;
  const from = context.ward.movementsFrom;
  for (const { index, record } of context.rows.movements) {
    if (!isLeavingMovement(record.type) || onFile.has(record.memberId)) continue;
    if (context.unreadable.members.has(record.memberId)) continue;
    if (from !== undefined && record.date < from) continue;
    context.report(
      'leaving-without-former-member',
      { kind: 'movements', index, field: 'memberId' },
      { value: record.memberId },
    );
  }
}

/**
 * Internal transfers chain (each `Từ tổ chức` is where the previous one
 * led), and in a history every organisation a member attends exists while
 * they attend it (from `movementsFrom` on, when given).
 */
function checkMemberOrganizations(context: CheckContext, movements: Map<string, Movement[]>): void {
  const orgs = new Map<string, Organization>();
  for (const { record } of context.rows.organizations) orgs.set(record.code, record);
  const history = context.ward.dataDate !== undefined;
  const from = context.ward.movementsFrom ?? '0000-01-01';
  const movementIndex = new Map<Movement, number>();
  for (const { index, record } of context.rows.movements) movementIndex.set(record, index);
  for (const { index, record: member } of context.rows.members) {
    const timeline = memberTimeline(member, movements.get(member.id) ?? []);
    let previous: string | undefined;
    for (const transfer of timeline.transfers) {
      if (
        transfer.fromOrg !== undefined &&
        previous !== undefined &&
        transfer.fromOrg !== previous
      ) {
        const row = movementIndex.get(transfer) ?? 0;
        context.report(
          'transfer-origin-mismatch',
          { kind: 'movements', index: row, field: 'fromOrg' },
          { value: transfer.fromOrg, params: { expected: previous } },
        );
      }
      previous = transfer.org ?? previous;
    }
    if (!history) continue;
    // Each stretch in one organisation: [start, end) within a membership interval.
    for (const interval of timeline.intervals) {
      const stops = timeline.transfers.filter(
        (t) => t.date > interval.start && (interval.end === undefined || t.date < interval.end),
      );
      let start = interval.start;
      let org = organizationOn(member, timeline, start);
      const stretches: { org: string; start: string; end: string | undefined }[] = [];
      for (const stop of stops) {
        stretches.push({ org, start, end: stop.date });
        start = stop.date;
        org = stop.org ?? org;
      }
      stretches.push({ org, start, end: interval.end });
      for (const stretch of stretches) {
        const organization = orgs.get(stretch.org);
        if (organization === undefined) continue;
        const begin = later(stretch.start, from);
        if (stretch.end !== undefined && stretch.end <= begin) continue;
        const founded = organization.foundedOn;
        const ceased = organization.dissolvedOn;
        const badDate =
          founded !== undefined && founded > begin
            ? begin
            : ceased !== undefined && (stretch.end === undefined || ceased < stretch.end)
              ? ceased
              : undefined;
        if (badDate !== undefined) {
          context.report(
            'organization-not-existing',
            { kind: 'members', index, field: 'org' },
            { value: stretch.org, params: { date: badDate, dateVi: viDate(badDate) } },
          );
          break;
        }
      }
    }
  }
}

/** The later of two ISO dates. */
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The checks of a ward's history (data contract §4.3 and §4.4): records dated
 * after the reference date, former members and their leaving movements,
 * mergers, and the organisations members attend over time.
 */
export const checkHistory: Check = (context) => {
  checkAfterReference(context);
  checkMerges(context);
  const movements = new Map<string, Movement[]>();
  for (const { record } of context.rows.movements) {
    const list = movements.get(record.memberId);
    if (list) list.push(record);
    else movements.set(record.memberId, [record]);
  }
  checkFormerMembers(context, movements);
  checkMemberOrganizations(context, movements);
};
