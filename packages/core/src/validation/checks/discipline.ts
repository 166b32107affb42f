import { DisciplineForms, SubjectTypes } from '../../inspection/codes';
import { disciplineLimitation } from '../../inspection/disciplineLimitation';
import {
  type DisciplineForm,
  type Inspection,
  MEMBER_DISCIPLINE_FORMS,
  ORGANIZATION_DISCIPLINE_FORMS,
} from '../../inspection/inspection';
import { heldOn } from '../../member/_internal/positions';
import type { Member } from '../../member/member';
import type { Position } from '../../member/position';
import { selectRule } from '../../rules/selectRule';
import type { Check, CheckContext } from '../_internal/checkContext';

const lower = (form: DisciplineForm, lang: 'vi' | 'en') =>
  DisciplineForms.labels[form][lang].toLowerCase();

/** The form and the regulation, as every message of these checks names them. */
function formParams(form: DisciplineForm, regulation: string) {
  return { formVi: DisciplineForms.labels[form].vi, formEn: lower(form, 'en'), regulation };
}

/** The labels of `forms` joined by “hoặc” / “or”, for messages. */
function formList(forms: readonly DisciplineForm[], lang: 'vi' | 'en'): string {
  return forms.map((form) => lower(form, lang)).join(lang === 'vi' ? ' hoặc ' : ' or ');
}

/**
 * The checks that need the member disciplined: a probationary member on the
 * decision date (no official date, or one after it) is given a form outside
 * `probationaryMember` (`probationary-discipline-form`); a form of
 * `postRequired` is given to a member who holds no position on the decision
 * date (`dismissal-without-position`, skipped when the dataset has no
 * positions at all, as a missing `chuc-vu` file says nothing).
 */
function checkMemberForm(
  context: CheckContext,
  row: { index: number; record: Inspection & { discipline: DisciplineForm } },
  member: Member,
  positions: readonly Position[] | undefined,
): void {
  const { index, record } = row;
  const rule = selectRule(context.rules.disciplineForms, record.date);
  const form = record.discipline;
  const admitted = member.admittedOn <= record.date;
  const probationary =
    admitted && (member.officialOn === undefined || member.officialOn > record.date);
  if (probationary && !rule.probationaryMember.includes(form)) {
    context.report(
      'probationary-discipline-form',
      { kind: 'inspections', index, field: 'discipline' },
      {
        value: form,
        params: {
          ...formParams(form, rule.regulation),
          allowedVi: formList(rule.probationaryMember, 'vi'),
          allowedEn: formList(rule.probationaryMember, 'en'),
        },
      },
    );
  }
  const needsPost = rule.postRequired.includes(form);
  if (needsPost && context.rows.positions.length > 0) {
    const holds = (positions ?? []).some((position) => heldOn(position, record.date));
    if (!holds) {
      context.report(
        'dismissal-without-position',
        { kind: 'inspections', index, field: 'discipline' },
        { value: form, params: formParams(form, rule.regulation) },
      );
    }
  }
}

/**
 * A discipline decided after its statute of limitations ran out
 * (`discipline-past-limitation`): the period of the form, counted from the
 * violation (`violationOn`, when given), had ended before the decision date.
 * Forms without a limit (expulsion, dissolution) never are.
 */
function checkLimitation(
  context: CheckContext,
  row: { index: number; record: Inspection & { discipline: DisciplineForm } },
): void {
  const { index, record } = row;
  if (record.violationOn === undefined) return;
  const limitation = disciplineLimitation(record, record.date, context.rules);
  const period = limitation.forms.find((f) => f.form === record.discipline);
  if (period?.open !== false || period.months === null) return;
  context.report(
    'discipline-past-limitation',
    { kind: 'inspections', index, field: 'date' },
    {
      value: record.date,
      params: {
        ...formParams(record.discipline, limitation.regulation),
        years: period.months / 12,
        months: period.months,
      },
    },
  );
}

/**
 * A discipline fits its subject: dissolution only for an organisation,
 * removal from post and expulsion only for a member
 * (`invalid-discipline-form`); a discipline comes with a finding of violation
 * (`discipline-without-violation`). For a member on the roster: only a
 * reprimand or a warning for a probationary member
 * (`probationary-discipline-form`), and removal from post only for a member
 * holding a position on the decision date (`dismissal-without-position`).
 * A discipline decided after its statute of limitations ran out, counted from
 * the violation date, is flagged (`discipline-past-limitation`). The rule
 * versions in force on the decision date apply.
 *
 * @see Điều lệ Đảng 2011, Điều 35; QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7
 */
export const checkDiscipline: Check = (context) => {
  const disciplined = new Set<string>();
  for (const { record } of context.rows.inspections) {
    if (record.discipline !== undefined && record.subjectType === 'member') {
      disciplined.add(record.subject);
    }
  }
  const members = new Map<string, Member>();
  const positions = new Map<string, Position[]>();
  if (disciplined.size > 0) {
    for (const { record } of context.rows.members) {
      if (disciplined.has(record.id)) members.set(record.id, record);
    }
    for (const { record } of context.rows.positions) {
      if (!disciplined.has(record.memberId)) continue;
      const held = positions.get(record.memberId);
      if (held) held.push(record);
      else positions.set(record.memberId, [record]);
    }
  }

  for (const { index, record } of context.rows.inspections) {
    const { discipline } = record;
    if (discipline === undefined) continue;
    const row = { index, record: { ...record, discipline } };
    const allowed =
      record.subjectType === 'organization'
        ? ORGANIZATION_DISCIPLINE_FORMS
        : MEMBER_DISCIPLINE_FORMS;
    if (!allowed.has(discipline)) {
      const form = DisciplineForms.labels[discipline];
      const subject = SubjectTypes.labels[record.subjectType];
      context.report(
        'invalid-discipline-form',
        { kind: 'inspections', index, field: 'discipline' },
        {
          value: discipline,
          params: {
            formVi: form.vi,
            formEn: form.en.toLowerCase(),
            subjectVi: subject.vi.toLowerCase(),
            subjectEn: subject.en.toLowerCase(),
          },
        },
      );
    } else {
      const member = record.subjectType === 'member' ? members.get(record.subject) : undefined;
      if (member) checkMemberForm(context, row, member, positions.get(record.subject));
      checkLimitation(context, row);
    }
    if (record.finding !== 'violation') {
      context.report(
        'discipline-without-violation',
        { kind: 'inspections', index, field: 'finding' },
        {
          value: record.finding,
        },
      );
    }
  }
};
