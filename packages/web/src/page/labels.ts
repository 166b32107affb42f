import {
  AgeBands,
  type CodeList,
  Genders,
  GeneralEducationLevels,
  MovementTypes,
  OrganizationCategories,
  OrganizationKinds,
  PoliticalTheoryLevels,
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
}

const vi = (list: CodeList<string>): LabelList =>
  list.codes.map((code) => [code, list.labels[code]?.vi ?? code] as const);

/** `transferred-in` → `transferredIn`, the key of the movement stats. */
const camel = (code: string) => code.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase());

/**
 * The page's labels, taken from core's code lists so the page never spells a
 * category differently from the reports.
 *
 * @internal
 */
export function pageLabels(): PageLabels {
  return {
    organizationKinds: vi(OrganizationKinds),
    organizationCategories: vi(OrganizationCategories),
    gender: vi(Genders),
    ageBands: vi(AgeBands),
    generalEducation: vi(GeneralEducationLevels),
    politicalTheory: vi(PoliticalTheoryLevels),
    movements: vi(MovementTypes).map(([code, label]) => [camel(code), label] as const),
  };
}
