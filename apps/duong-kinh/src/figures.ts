/**
 * The figures the Dương Kinh interim review prints (số liệu của báo cáo), each
 * with the stats path that computes it from the sample dataset, so that the
 * report rebuilt from data can be checked figure by figure.
 */

/**
 * One printed figure of the seed report (một số liệu của báo cáo): what it
 * counts, where the report prints it, the `{{path}}` of `fillNarrative` that
 * computes it, whether the report writes it with a leading zero (`|pad`), and
 * the text exactly as printed.
 */
export interface SeedFigure {
  /** What the figure counts, in English. */
  readonly label: string;
  /** Section of the report that prints it (`I`, `II.1.4`, …). */
  readonly section: string;
  /** Path in the stats object, as a `{{path}}` placeholder of `fillNarrative` takes it. */
  readonly statsPath: string;
  /** The report writes counts below 10 with a leading zero here (`|pad`). */
  readonly pad: boolean;
  /** The figure exactly as the report prints it: `1.239`, `03`, `77,4%`. */
  readonly printed: string;
}

const figure = (
  section: string,
  label: string,
  statsPath: string,
  printed: string,
): SeedFigure => ({ label, section, statsPath, pad: /^0\d$/u.test(printed), printed });

/**
 * Every figure of the seed report that a single stats path computes, in the
 * order the report prints them. Counts printed with a leading zero (`03`)
 * have `pad: true`; percentages are the one-decimal shares of core's
 * `percentages()` (largest remainder), written as `formatPercent` writes them
 * with one decimal always (`38,0%`, where the seed wrote `38%`).
 *
 * @example
 * for (const f of SEED_FIGURES) fillNarrative(placeholderOf(f), stats).text === f.printed
 */
export const SEED_FIGURES: readonly SeedFigure[] = [
  figure(
    'I',
    'Party organisations directly under the ward committee',
    'organizations.direct',
    '45',
  ),
  figure('I', 'Grassroots party committees', 'organizations.byKind.grassroots-committee', '03'),
  figure('I', 'Grassroots party cells', 'organizations.byKind.grassroots-cell', '13'),
  figure('I', 'Subordinate party cells', 'organizations.byKind.subordinate-cell', '29'),
  figure('I', 'Members on the reference date', 'members.total', '1.239'),
  figure(
    'I',
    'Grassroots committees (structure)',
    'organizations.structure.grassroots-committee.organizations',
    '03',
  ),
  figure(
    'I',
    'Members of the grassroots committees',
    'organizations.structure.grassroots-committee.members',
    '142',
  ),
  figure('I', 'Residential cells', 'organizations.structure.residential.organizations', '19'),
  figure('I', 'Members of residential cells', 'organizations.structure.residential.members', '726'),
  figure('I', 'Public-service cells', 'organizations.structure.public-service.organizations', '11'),
  figure(
    'I',
    'Members of public-service cells',
    'organizations.structure.public-service.members',
    '273',
  ),
  figure('I', 'Military cells', 'organizations.structure.military.organizations', '01'),
  figure('I', 'Members of the military cell', 'organizations.structure.military.members', '08'),
  figure('I', 'Non-state cells', 'organizations.structure.non-state.organizations', '11'),
  figure('I', 'Members of non-state cells', 'organizations.structure.non-state.members', '90'),
  figure(
    'II.1.4',
    'Attendees of the key leaders course',
    'training.attendance.attendees.key-leaders',
    '05',
  ),
  figure(
    'II.1.4',
    'Attendees of the department leaders course',
    'training.attendance.attendees.department-leaders',
    '11',
  ),
  figure(
    'II.1.4',
    'Attendees of the courses for leaders of party advisory agencies',
    'training.attendance.attendees.party-agency-leaders',
    '07',
  ),
  figure(
    'II.1.4',
    'Attendees of the course for leaders of the Front and mass organisations',
    'training.attendance.attendees.front-leaders',
    '11',
  ),
  figure('II.1.4', 'Members in political-theory courses', 'training.attendance.theoryTotal', '51'),
  figure(
    'II.1.4',
    'Attendees of intermediate political-theory courses',
    'training.attendance.attendees.theory-intermediate',
    '06',
  ),
  figure(
    'II.1.4',
    'Cell secretaries also heading their residential group',
    'positions.concurrent.secretaryAndResidentialGroupHead',
    '02',
  ),
  figure(
    'II.1.4',
    'Cell secretaries also heading the Front work committee',
    'positions.concurrent.secretaryAndFrontCommitteeHead',
    '08',
  ),
  figure('II.2.1', 'Members on the reference date', 'members.total', '1.239'),
  figure('II.2.1', 'Organisations the members attend', 'organizations.direct', '45'),
  figure('II.2.1', 'Members admitted', 'movements.admitted', '31'),
  figure('II.2.1', 'Members transferred in', 'movements.transferredIn', '48'),
  figure('II.2.1', 'Members transferred out', 'movements.transferredOut', '44'),
  figure('II.2.1', 'Members struck off', 'movements.struckOff', '05'),
  figure('II.2.1', 'Members deceased', 'movements.deceased', '07'),
  figure(
    'II.2.1',
    'Upper-secondary education',
    'members.generalEducation.upper-secondary.percent',
    '77,4%',
  ),
  figure(
    'II.2.1',
    'Lower-secondary education',
    'members.generalEducation.lower-secondary.percent',
    '21,8%',
  ),
  figure('II.2.1', 'Primary education', 'members.generalEducation.primary.percent', '0,8%'),
  figure(
    'II.2.1',
    'Intermediate vocational qualification',
    'members.professional.intermediate.percent',
    '10,9%',
  ),
  figure(
    'II.2.1',
    'Intermediate political theory',
    'members.politicalTheory.intermediate.percent',
    '17,4%',
  ),
  figure('II.2.1', 'Men', 'members.gender.male.percent', '59,5%'),
  figure('II.2.1', 'Women', 'members.gender.female.percent', '40,5%'),
  figure('II.2.1', 'Aged under 30', 'members.ageBands.under-30.percent', '12,6%'),
  figure('II.2.1', 'Aged 30 to under 40', 'members.ageBands.30-39.percent', '23,5%'),
  figure('II.2.1', 'Aged 40 to under 60', 'members.ageBands.40-59.percent', '38,0%'),
  figure('II.2.1', 'Aged 60 and over', 'members.ageBands.60-plus.percent', '25,9%'),
  figure(
    'II.2.1',
    'Civil servants and public employees',
    'members.occupation.civil-servant.percent',
    '6,5%',
  ),
  figure('II.2.1', 'Retired', 'members.occupation.retired.percent', '12,8%'),
  figure(
    'II.2.1',
    'Self-employed, small business and non-state sector',
    'members.occupation.private-sector.percent',
    '27,1%',
  ),
  figure('II.2.1', 'Kinh', 'members.ethnicity.kinh.percent', '99,8%'),
  figure('II.2.1', 'Ethnic minority members', 'members.ethnicity.minority', '03'),
  figure('II.2.1', 'Ethnic minority share', 'members.ethnicity.minority.percent', '0,2%'),
  figure('II.2.1', 'Catholic members', 'members.religion.catholic', '17'),
  figure('II.2.1', 'Catholic share', 'members.religion.catholic.percent', '1,4%'),
  figure('II.2.4', 'Members admitted', 'movements.admitted', '31'),
  figure(
    'II.2.4',
    'Admissions as a share of the target',
    'movements.admissionTargets.0.percent',
    '100,0%',
  ),
  figure('I', 'Area of the ward in km²', 'ward.areaKm2', '27,94'),
  figure('I', 'Population of the ward', 'ward.population', '27.339'),
  figure(
    'II.1.1',
    'Non-state cells founded after the two-level reform',
    'organizations.founded.byCategory.non-state',
    '02',
  ),
  figure(
    'II.2.1',
    'University or college',
    'members.professional.university+college.percent',
    '52,1%',
  ),
  figure(
    'II.2.1',
    'Advanced political theory or bachelor',
    'members.politicalTheory.advanced+bachelor.percent',
    '1,2%',
  ),
  figure(
    'II.2.1',
    'Elementary political theory or none',
    'members.politicalTheory.elementary+none.percent',
    '81,4%',
  ),
  figure('II.3', 'Party organisations inspected', 'inspection.inspected.organizations', '07'),
  figure('II.3', 'Cell secretaries inspected', 'inspection.inspected.secretaries', '05'),
];

/** The `{{…}}` placeholder of a figure, with `|pad` where the report pads it. */
export function placeholderOf(figure: SeedFigure): string {
  return `{{${figure.statsPath}${figure.pad ? '|pad' : ''}}}`;
}
