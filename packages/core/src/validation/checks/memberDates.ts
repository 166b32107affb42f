import {
  addMonths,
  compareCalendarDates,
  completedMonths,
  formatIsoDate,
  parseCalendarDate,
  toCalendarDate,
} from '../../common/dates';
import { selectRule } from '../../rules/selectRule';
import { type Check, viDate } from '../_internal/checkContext';

/**
 * Dates of each member: born before admitted (`birth-after-admission`),
 * official after admitted (`official-before-admission`) and at least one
 * probation later (`probation-too-short`), admitted between 18 and 60 counted
 * in months (`admission-age`), and, with a reference date, no probationary
 * member past the probation period (`probation-overdue`). Rules are chosen by
 * the admission date.
 *
 * @see Điều lệ Đảng 2011, Điều 1 and 5
 */
export const checkMemberDates: Check = (context) => {
  const asOf = context.asOf === undefined ? undefined : parseCalendarDate(context.asOf);
  for (const { index, record } of context.rows.members) {
    const birth = toCalendarDate(record.birthDate);
    const admitted = toCalendarDate(record.admittedOn);
    const official =
      record.officialOn === undefined ? undefined : toCalendarDate(record.officialOn);
    const ageRule = selectRule(context.rules.admissionAge, record.admittedOn);
    const probation = selectRule(context.rules.probation, record.admittedOn);
    const probationEnd = addMonths(admitted, probation.months);

    if (compareCalendarDates(birth, admitted) > 0) {
      context.report(
        'birth-after-admission',
        { kind: 'members', index, field: 'birthDate' },
        {
          value: record.birthDate,
          params: {
            first: record.birthDate,
            second: record.admittedOn,
            firstVi: viDate(record.birthDate),
            secondVi: viDate(record.admittedOn),
          },
          related: { kind: 'members', index, field: 'admittedOn' },
        },
      );
    } else {
      const months = completedMonths(birth, admitted);
      if (months < ageRule.minMonths || months > ageRule.maxMonths) {
        context.report(
          'admission-age',
          { kind: 'members', index, field: 'admittedOn' },
          {
            value: record.admittedOn,
            params: {
              years: Math.floor(months / 12),
              months: months % 12,
              minYears: ageRule.minMonths / 12,
              maxYears: ageRule.maxMonths / 12,
              regulation: ageRule.regulation,
            },
          },
        );
      }
    }

    if (official) {
      if (compareCalendarDates(official, admitted) < 0) {
        context.report(
          'official-before-admission',
          { kind: 'members', index, field: 'officialOn' },
          {
            value: record.officialOn,
            related: { kind: 'members', index, field: 'admittedOn' },
          },
        );
      } else if (compareCalendarDates(official, probationEnd) < 0) {
        context.report(
          'probation-too-short',
          { kind: 'members', index, field: 'officialOn' },
          {
            value: record.officialOn,
            params: { months: probation.months, regulation: probation.regulation },
          },
        );
      }
    } else if (asOf && compareCalendarDates(asOf, probationEnd) > 0) {
      context.report(
        'probation-overdue',
        { kind: 'members', index, field: 'officialOn' },
        {
          params: {
            months: probation.months,
            asOf: formatIsoDate(asOf),
            asOfVi: viDate(formatIsoDate(asOf)),
            probationEnd: formatIsoDate(probationEnd),
          },
        },
      );
    }
  }
};
