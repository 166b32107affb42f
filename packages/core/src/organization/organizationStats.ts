import { z } from 'zod';
import { dict } from '../_internal/dict';
import type { Dataset } from '../dataset/dataset';
import { OrganizationCategories, OrganizationKinds } from './codes';
import type { OrganizationCategory } from './organization';

/** Fewest official members of a cell (Điều lệ Đảng, Điều 21). */
export const MIN_CELL_MEMBERS = 3;
/** Official members from which a cell elects a cell committee (chi ủy). */
export const CELL_COMMITTEE_MIN_MEMBERS = 9;

const StructureEntry = z.object({ organizations: z.int(), members: z.int() });
const StructureKey = z.enum(['grassroots-committee', ...OrganizationCategories.codes]);

/**
 * Figures on the ward's party organisations (tổ chức đảng trực thuộc), data
 * contract §3 `organizations`, plus the project's own keys.
 *
 * - `direct`, `byKind`: organisations directly under the ward committee (no `parent`).
 * - `structure`: all grassroots committees together, with the members of every
 *   organisation under them, then the direct cells by category (categories
 *   without an organisation are left out).
 * - `eHandbookRegistered`: direct organisations on the electronic handbook.
 * - `total`: every organisation, sub-cells of committees included.
 * - `membersByOrganization`: members attending each organisation, by code.
 * - `smallCells`: cells with fewer than 3 official members on `asOf`.
 * - `cellsWithCommittee`: cells with 9 or more official members, large enough to elect a cell committee.
 *
 * @see Điều lệ Đảng 2011, Điều 21 and 24; QĐ 294-QĐ/TW (26/5/2025)
 */
export const OrganizationStats = z.object({
  direct: z.int(),
  byKind: z.object({
    'grassroots-committee': z.int(),
    'grassroots-cell': z.int(),
    'subordinate-cell': z.int(),
  }),
  structure: z.partialRecord(StructureKey, StructureEntry),
  eHandbookRegistered: z.int(),
  total: z.int(),
  membersByOrganization: z.record(z.string(), z.int()),
  smallCells: z.object({ count: z.int(), codes: z.array(z.string()) }),
  cellsWithCommittee: z.object({ count: z.int(), codes: z.array(z.string()) }),
});
/** Figures on the ward's party organisations. */
export type OrganizationStats = z.infer<typeof OrganizationStats>;

/**
 * Computes {@link OrganizationStats} in one pass over the members. A member
 * is official on `asOf` when `officialOn` is set and not after `asOf`.
 *
 * @example
 * organizationStats(dataset, '2026-03-01').structure['grassroots-committee'] // { organizations: 3, members: 142 }
 */
export function organizationStats(
  dataset: Pick<Dataset, 'organizations' | 'members'>,
  asOf: string,
): OrganizationStats {
  // One map lookup per member: [attending, official on asOf].
  const perOrg = new Map<string, [number, number]>();
  for (const member of dataset.members) {
    let counts = perOrg.get(member.org);
    if (!counts) {
      counts = [0, 0];
      perOrg.set(member.org, counts);
    }
    counts[0] += 1;
    if (member.officialOn !== undefined && member.officialOn <= asOf) counts[1] += 1;
  }

  const byKind = Object.fromEntries(
    OrganizationKinds.codes.map((k) => [k, 0]),
  ) as OrganizationStats['byKind'];
  const committeeOf = new Map<string, string>();
  const committees = new Set<string>();
  let direct = 0;
  let eHandbookRegistered = 0;
  for (const org of dataset.organizations) {
    if (org.kind === 'grassroots-committee') committees.add(org.code);
    if (org.parent !== undefined) {
      committeeOf.set(org.code, org.parent);
      continue;
    }
    direct += 1;
    byKind[org.kind] += 1;
    if (org.eHandbook) eHandbookRegistered += 1;
  }

  const committee = { organizations: 0, members: 0 };
  const categories = new Map<OrganizationCategory, { organizations: number; members: number }>();
  const membersByOrganization = dict<number>();
  const small: string[] = [];
  const withCommittee: string[] = [];
  for (const org of dataset.organizations) {
    const members = perOrg.get(org.code)?.[0] ?? 0;
    membersByOrganization[org.code] = members;
    if (org.kind !== 'grassroots-committee') {
      const officialCount = perOrg.get(org.code)?.[1] ?? 0;
      if (officialCount < MIN_CELL_MEMBERS) small.push(org.code);
      if (officialCount >= CELL_COMMITTEE_MIN_MEMBERS) withCommittee.push(org.code);
    }
    const parent = committeeOf.get(org.code);
    if (org.kind === 'grassroots-committee' && org.parent === undefined) {
      committee.organizations += 1;
      committee.members += members;
    } else if (parent !== undefined && committees.has(parent)) {
      committee.members += members;
    } else if (org.parent === undefined) {
      const entry = categories.get(org.category) ?? { organizations: 0, members: 0 };
      entry.organizations += 1;
      entry.members += members;
      categories.set(org.category, entry);
    }
  }

  const structure: OrganizationStats['structure'] = {};
  if (committee.organizations > 0) structure['grassroots-committee'] = committee;
  for (const category of OrganizationCategories.codes) {
    const entry = categories.get(category);
    if (entry) structure[category] = entry;
  }
  small.sort();
  withCommittee.sort();
  return {
    direct,
    byKind,
    structure,
    eHandbookRegistered,
    total: dataset.organizations.length,
    membersByOrganization,
    smallCells: { count: small.length, codes: small },
    cellsWithCommittee: { count: withCommittee.length, codes: withCommittee },
  };
}
