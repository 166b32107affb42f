import type { Dataset } from '@org/party-core';
import { canonicalJson } from './canonical';

/** One field that differs between two versions of a record. */
export interface FieldChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The difference of a collection keyed by id or code. */
export interface KeyedDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly { readonly key: string; readonly fields: readonly FieldChange[] }[];
}

/** The difference between two datasets. */
export interface DatasetDiff {
  readonly members: KeyedDiff;
  readonly organizations: KeyedDiff;
  readonly movements: {
    readonly added: readonly Dataset['movements'][number][];
    readonly removed: readonly Dataset['movements'][number][];
  };
}

function keyedDiff<T extends object>(
  before: readonly T[],
  after: readonly T[],
  key: (r: T) => string,
): KeyedDiff {
  const a = new Map(before.map((r) => [key(r), r]));
  const b = new Map(after.map((r) => [key(r), r]));
  const changed: { key: string; fields: FieldChange[] }[] = [];
  for (const [k, next] of b) {
    const prev = a.get(k);
    if (prev === undefined) continue;
    const fields = [...new Set([...Object.keys(prev), ...Object.keys(next)])]
      .sort()
      .flatMap((field) => {
        const x = (prev as Record<string, unknown>)[field];
        const y = (next as Record<string, unknown>)[field];
        return canonicalJson(x) === canonicalJson(y) ? [] : [{ field, before: x, after: y }];
      });
    if (fields.length > 0) changed.push({ key: k, fields });
  }
  return {
    added: [...b.keys()].filter((k) => !a.has(k)),
    removed: [...a.keys()].filter((k) => !b.has(k)),
    changed,
  };
}

/** Members (by id), organisations (by code) added, removed and changed field by field; movements added and removed. */
export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const text = (m: object) => canonicalJson(m);
  const beforeMoves = new Set(before.movements.map(text));
  const afterMoves = new Set(after.movements.map(text));
  return {
    members: keyedDiff(before.members, after.members, (m) => m.id),
    organizations: keyedDiff(before.organizations, after.organizations, (o) => o.code),
    movements: {
      added: after.movements.filter((m) => !beforeMoves.has(text(m))),
      removed: before.movements.filter((m) => !afterMoves.has(text(m))),
    },
  };
}
