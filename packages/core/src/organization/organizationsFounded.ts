import { z } from 'zod';
import { zeroCounts } from '../_internal/counts';
import { dateKey } from '../_internal/dateKey';
import { OrganizationCategories } from './codes';
import type { Organization } from './organization';

/**
 * Party organisations founded in a period (tổ chức đảng thành lập mới trong
 * kỳ): every organisation of the dataset, cells under grassroots committees
 * included, whose founding date falls between `from` and `asOf` (both
 * included), in total and by category (every category listed, zero
 * included). Organisations without a founding date are not counted.
 *
 * @example
 * OrganizationsFounded.parse({ total: 2, byCategory: { ...zeros, 'non-state': 2 }, codes: ['NN10', 'NN11'] })
 */
export const OrganizationsFounded = z.object({
  total: z.int().nonnegative(),
  byCategory: z.object(
    Object.fromEntries(
      OrganizationCategories.codes.map((code) => [code, z.int().nonnegative()]),
    ) as {
      [K in (typeof OrganizationCategories.codes)[number]]: z.ZodInt;
    },
  ),
  /** Codes of the organisations founded, sorted. */
  codes: z.array(z.string()),
});
/** Party organisations founded in a period. */
export type OrganizationsFounded = z.infer<typeof OrganizationsFounded>;

/**
 * Counts the organisations founded in the period (tổ chức đảng thành lập
 * mới), in one pass.
 *
 * @example
 * organizationsFounded(dataset.organizations, { from: '2025-07-01', asOf: '2026-03-01' }).byCategory['non-state'] // 2
 */
export function organizationsFounded(
  organizations: readonly Pick<Organization, 'code' | 'category' | 'foundedOn'>[],
  window: { from: string; asOf: string },
): OrganizationsFounded {
  const from = dateKey(window.from);
  const asOf = dateKey(window.asOf);
  const byCategory = zeroCounts(OrganizationCategories.codes);
  const codes: string[] = [];
  for (const org of organizations) {
    if (org.foundedOn === undefined) continue;
    const founded = dateKey(org.foundedOn);
    if (founded < from || founded > asOf) continue;
    byCategory[org.category] += 1;
    codes.push(org.code);
  }
  codes.sort();
  return { total: codes.length, byCategory, codes };
}
