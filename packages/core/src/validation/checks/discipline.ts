import { DisciplineForms, SubjectTypes } from '../../inspection/codes';
import {
  MEMBER_DISCIPLINE_FORMS,
  ORGANIZATION_DISCIPLINE_FORMS,
} from '../../inspection/inspection';
import type { Check } from '../_internal/checkContext';

/**
 * A discipline fits its subject: dissolution only for an organisation,
 * removal from post and expulsion only for a member
 * (`invalid-discipline-form`); a discipline comes with a finding of violation
 * (`discipline-without-violation`).
 *
 * @see QĐ 69-QĐ/TW (06/7/2022), Điều 4 and 7
 */
export const checkDiscipline: Check = (context) => {
  for (const { index, record } of context.rows.inspections) {
    if (record.discipline === undefined) continue;
    const allowed =
      record.subjectType === 'organization'
        ? ORGANIZATION_DISCIPLINE_FORMS
        : MEMBER_DISCIPLINE_FORMS;
    if (!allowed.has(record.discipline)) {
      const form = DisciplineForms.labels[record.discipline];
      const subject = SubjectTypes.labels[record.subjectType];
      context.report(
        'invalid-discipline-form',
        { kind: 'inspections', index, field: 'discipline' },
        {
          value: record.discipline,
          params: {
            formVi: form.vi,
            formEn: form.en.toLowerCase(),
            subjectVi: subject.vi.toLowerCase(),
            subjectEn: subject.en.toLowerCase(),
          },
        },
      );
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
