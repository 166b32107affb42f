import type { CollectionName, Dataset } from '../../dataset/dataset';
import { FIELD_HEADERS } from '../../dataset/fileLayout';
import type { Check, Row } from '../_internal/checkContext';

type RecordOf<K extends CollectionName> = Dataset[K][number];

/** Calls `onDuplicate` for every row whose key an earlier row already had. */
function forEachDuplicate<T>(
  rows: ReadonlyArray<Row<T>>,
  keyOf: (record: T) => string | undefined,
  onDuplicate: (row: Row<T>, first: Row<T>) => void,
): void {
  const seen = new Map<string, Row<T>>();
  for (const row of rows) {
    const key = keyOf(row.record);
    if (key === undefined) continue;
    const first = seen.get(key);
    if (first) onDuplicate(row, first);
    else seen.set(key, row);
  }
}

const SEP = '\u0000';

/**
 * Organisation codes and member ids are unique (`duplicate-id`); a repeated
 * movement, position, attendance, planning entry, classification or target is
 * a `duplicate-record`. The issue sits on the later row and points at the first.
 */
export const checkDuplicates: Check = (context) => {
  const { rows } = context;
  const uniqueId = <K extends 'organizations' | 'members'>(
    kind: K,
    field: keyof RecordOf<K> & string,
    idOf: (record: RecordOf<K>) => string,
  ) => {
    forEachDuplicate(rows[kind] as ReadonlyArray<Row<RecordOf<K>>>, idOf, (row, first) =>
      context.report(
        'duplicate-id',
        { kind, index: row.index, field },
        {
          value: idOf(row.record),
          params: { relatedRecord: first.index + 1 },
          related: { kind, index: first.index, field },
        },
      ),
    );
  };
  uniqueId('organizations', 'code', (o) => o.code);
  uniqueId('members', 'id', (m) => m.id);

  const repeated = <K extends CollectionName>(
    kind: K,
    fields: readonly (keyof RecordOf<K> & string)[],
    keyOf: (record: RecordOf<K>) => string | undefined,
  ) => {
    const headers = FIELD_HEADERS[kind] as Record<string, string>;
    const params = {
      keyVi: [...new Set(fields.map((f) => headers[f] ?? f))].join(', '),
      keyEn: fields.join(', '),
    };
    forEachDuplicate(rows[kind] as ReadonlyArray<Row<RecordOf<K>>>, keyOf, (row, first) =>
      context.report(
        'duplicate-record',
        { kind, index: row.index },
        {
          params: { ...params, relatedRecord: first.index + 1 },
          related: { kind, index: first.index },
        },
      ),
    );
  };

  repeated('movements', ['memberId', 'date', 'type'], (m) =>
    [m.memberId, m.date, m.type].join(SEP),
  );
  repeated('positions', ['memberId', 'role', 'org'], (p) =>
    [p.memberId, p.role, p.roleText ?? '', p.org ?? ''].join(SEP),
  );
  repeated('training', ['courseId', 'memberId'], (t) => [t.courseId, t.memberId].join(SEP));
  repeated('planning', ['term', 'position', 'memberId'], (p) => {
    const who = p.memberId ?? (p.fullName ? [p.fullName, p.birthDate ?? ''].join(SEP) : undefined);
    return who === undefined ? undefined : [p.term, p.position, who].join(SEP);
  });
  repeated('classifications', ['year', 'subjectType', 'subject'], (c) =>
    [c.year, c.subjectType, c.subject].join(SEP),
  );
  repeated('admissionTargets', ['from', 'to', 'org'], (t) => [t.from, t.to, t.org ?? ''].join(SEP));
};
