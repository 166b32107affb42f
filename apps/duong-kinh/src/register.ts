/**
 * The register step of `pnpm demo`: keeps the sample data as version 1 of a
 * register (`@org/party-store`, PGlite in `out/.party`), then a second,
 * changed month as version 2, and compares the two. The change is fixed, so
 * the demo prints the same difference every run: one member transferred out
 * (with the movement), one transferred in, one whose occupation changed.
 */
import { rm } from 'node:fs/promises';
import type { Dataset, Member } from '@org/party-core';
import { type DatasetDiff, Store, sha256, type VersionInfo } from '@org/party-store';

/** The data date of the second version: a month after the report's. */
export const NEXT_AS_OF = '2026-04-01';

/** Version 2 of the sample: a month later, one member out, one in, one occupation changed. */
export function nextMonth(dataset: Dataset): Dataset {
  const members = [...dataset.members].sort((a, b) => a.id.localeCompare(b.id));
  const leaving = members.at(-1) as Member;
  const changing = members[0] as Member;
  const joining: Member = {
    ...(members[1] as Member),
    id: 'DV-MOI-0001',
    fullName: 'Trần Thị Minh Anh',
  };
  return {
    ...dataset,
    asOf: NEXT_AS_OF,
    members: [
      ...dataset.members
        .filter((m) => m.id !== leaving.id)
        .map((m) =>
          m.id === changing.id
            ? {
                ...m,
                occupation: m.occupation === 'retired' ? ('other' as const) : ('retired' as const),
              }
            : m,
        ),
      joining,
    ],
    movements: [
      ...dataset.movements,
      {
        date: '2026-03-16',
        type: 'transferred-out',
        memberId: leaving.id,
        fullName: leaving.fullName,
        org: leaving.org,
      },
      { date: '2026-03-20', type: 'transferred-in', memberId: joining.id, org: joining.org },
    ],
  };
}

/** What the register step did: the two versions and their difference. */
export interface RegisterRun {
  readonly versions: readonly VersionInfo[];
  readonly diff: DatasetDiff;
}

/** Keeps `dataset` and its next month in a fresh register in `dir`, and compares them. */
export async function registerTwoMonths(
  dataset: Dataset,
  dir: string,
  at: readonly [string, string],
): Promise<RegisterRun> {
  await rm(dir, { recursive: true, force: true });
  const store = await Store.open({ dir });
  try {
    const versions: VersionInfo[] = [];
    for (const [i, data] of [dataset, nextMonth(dataset)].entries()) {
      const name = `du-lieu-${data.asOf}.json`;
      versions.push(
        await store.import({
          dataset: data,
          at: at[i] as string,
          by: 'van-phong-dang-uy',
          sources: [{ name, sha256: sha256(JSON.stringify(data)) }],
        }),
      );
    }
    return { versions, diff: await store.diff(1, 2) };
  } finally {
    await store.close();
  }
}
