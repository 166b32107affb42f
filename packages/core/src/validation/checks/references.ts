import type { Check } from '../_internal/checkContext';
import type { RecordKind } from '../issue';

/**
 * Every reference points at something that exists. Organisation codes must be
 * in `organizations`. Positions and planning name current members, so their
 * ids must be on the roster; inspections, training and classifications may
 * concern members who have since left, so an id found in the movements is
 * known too. A planning candidate who is not on the roster needs name, birth
 * date and gender instead. Rows that exist but could not be read count as
 * existing, so their own error is not repeated on every row that names them.
 */
export const checkReferences: Check = (context) => {
  const { rows } = context;
  const orgCodes = new Set(rows.organizations.map((row) => row.record.code));
  for (const code of context.unreadable.organizations) orgCodes.add(code);
  const roster = new Set(rows.members.map((row) => row.record.id));
  for (const id of context.unreadable.members) roster.add(id);
  const known = new Set(roster);
  for (const { record } of rows.movements) known.add(record.memberId);

  const org = (kind: RecordKind, index: number, field: string, code: string | undefined) => {
    if (code !== undefined && !orgCodes.has(code)) {
      context.report('unknown-organization', { kind, index, field }, { value: code });
    }
  };
  const member = (
    kind: RecordKind,
    index: number,
    field: string,
    id: string,
    scope: 'roster' | 'known',
  ) => {
    if (!(scope === 'roster' ? roster : known).has(id)) {
      context.report('unknown-member', { kind, index, field }, { value: id, params: { scope } });
    }
  };

  for (const { index, record } of rows.members) org('members', index, 'org', record.org);
  for (const { index, record } of rows.movements) {
    if (record.org !== undefined && !orgCodes.has(record.org)) {
      context.report(
        'movement-unknown-organization',
        { kind: 'movements', index, field: 'org' },
        { value: record.org },
      );
    }
  }
  for (const { index, record } of rows.positions) {
    member('positions', index, 'memberId', record.memberId, 'roster');
    org('positions', index, 'org', record.org);
  }
  for (const { index, record } of rows.inspections) {
    if (record.subjectType === 'organization') org('inspections', index, 'subject', record.subject);
    else member('inspections', index, 'subject', record.subject, 'known');
  }
  for (const { index, record } of rows.training) {
    member('training', index, 'memberId', record.memberId, 'known');
  }
  for (const { index, record } of rows.planning) {
    const offRoster = record.memberId === undefined || !roster.has(record.memberId);
    if (!offRoster) continue;
    const details = {
      fullName: record.fullName,
      birthDate: record.birthDate,
      gender: record.gender,
    };
    const missing = Object.entries(details).filter(([, value]) => value === undefined);
    if (record.memberId !== undefined && missing.length > 0) {
      member('planning', index, 'memberId', record.memberId, 'roster');
    } else {
      for (const [field] of missing) context.report('required', { kind: 'planning', index, field });
    }
  }
  for (const { index, record } of rows.classifications) {
    if (record.subjectType === 'organization')
      org('classifications', index, 'subject', record.subject);
    else member('classifications', index, 'subject', record.subject, 'known');
  }
  for (const { index, record } of rows.admissionTargets)
    org('admissionTargets', index, 'org', record.org);
};
