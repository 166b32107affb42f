/**
 * Picks the version of a rule in force on `date` (ISO `yyyy-mm-dd`): the one
 * with the latest `effectiveFrom` on or before it. For a date before every
 * known version, the earliest version is used, since older texts are not
 * encoded. `versions` must not be empty (a {@link RuleSet} guarantees it).
 *
 * @example
 * selectRule(defaultRules.planning, '2025-01-01').regulation // 'QĐ 50-QĐ/TW …'
 */
export function selectRule<T extends { effectiveFrom: string }>(
  versions: readonly [T, ...T[]] | readonly T[],
  date: string,
): T {
  let chosen: T | undefined;
  let earliest: T | undefined;
  for (const version of versions) {
    if (!earliest || version.effectiveFrom < earliest.effectiveFrom) earliest = version;
    if (
      version.effectiveFrom <= date &&
      (!chosen || version.effectiveFrom >= chosen.effectiveFrom)
    ) {
      chosen = version;
    }
  }
  const result = chosen ?? earliest;
  if (!result) throw new TypeError('selectRule needs at least one rule version');
  return result;
}

/** The newest version of a rule, whatever the date. */
export function latestRule<T extends { effectiveFrom: string }>(versions: readonly T[]): T {
  return selectRule(versions, '9999-12-31');
}
