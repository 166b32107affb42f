import {
  breakdownCodes,
  type CodeList,
  codeLabelPairs,
  DueKinds,
  defaultRules,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
  latestRule,
  MovementTypes,
  movementKey,
  OrganizationCategories,
  OrganizationKinds,
} from '@org/party-core';

/** Labels of one breakdown, in the order reports print it. */
export type LabelList = readonly (readonly [code: string, label: string])[];

/** The Vietnamese labels the page shows for the codes of the stats (served as `assets/labels.json`). */
export interface PageLabels {
  readonly organizationKinds: LabelList;
  readonly organizationCategories: LabelList;
  readonly gender: LabelList;
  readonly ageBands: LabelList;
  readonly generalEducation: LabelList;
  readonly politicalTheory: LabelList;
  readonly movements: LabelList;
  /** The kinds of due items, in the order of core's list. */
  readonly dueKinds: LabelList;
  /** The party-badge award occasions of the current rule (3/2, 19/5, 2/9, 7/11). */
  readonly badgeOccasions: readonly { readonly month: number; readonly day: number }[];
  /** The column header of each field of a member, an organisation and a movement (the register's differences). */
  readonly fields: {
    readonly members: LabelList;
    readonly organizations: LabelList;
    readonly movements: LabelList;
  };
  /** The labels of the codes of each coded field, by `collection.field` (e.g. `members.gender`). */
  readonly fieldCodes: Readonly<Record<string, LabelList>>;
}

const vi = (list: CodeList<string>): LabelList => codeLabelPairs(list, 'vi');

/**
 * The page's labels, taken from core's breakdowns of the stats (the source
 * of the report tables and of `party stats` too), so the page never spells
 * a category differently from the reports.
 *
 * @internal
 */
export function pageLabels(): PageLabels {
  return {
    organizationKinds: vi(OrganizationKinds),
    organizationCategories: vi(OrganizationCategories),
    gender: vi(breakdownCodes('gender')),
    ageBands: vi(breakdownCodes('ageBands')),
    generalEducation: vi(breakdownCodes('generalEducation')),
    politicalTheory: vi(breakdownCodes('politicalTheory')),
    movements: vi(MovementTypes).map(([code, label]) => [movementKey(code), label] as const),
    dueKinds: vi(DueKinds),
    badgeOccasions: latestRule(defaultRules.partyBadge).occasions.map(({ month, day }) => ({
      month,
      day,
    })),
    fields: {
      members: Object.entries(FIELD_HEADERS.members),
      organizations: Object.entries(FIELD_HEADERS.organizations),
      movements: Object.entries(FIELD_HEADERS.movements),
    },
    fieldCodes: Object.fromEntries(
      (['members', 'organizations', 'movements'] as const).flatMap((collection) =>
        Object.entries(FIELD_CODE_LISTS[collection] ?? {}).map(([field, list]) => [
          `${collection}.${field}`,
          vi(list as CodeList<string>),
        ]),
      ),
    ),
  };
}
