// The same breakdowns as `party stats --json`, computed by DuckDB from the
// same CSV folder, in its own process so that whole processes are compared.
// Usage: node duckdbStats.mjs <folder> <labels.csv> <asOf> <from>
// Groups by the labels as written; the few label → code pairs are mapped
// after the aggregation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const [folder, labelsFile, asOf, from] = process.argv.slice(2);
const csv = (name) => `read_csv('${join(folder, name)}', header = true, all_varchar = true)`;
const day = (column) => `strptime(${column}, '%d/%m/%Y')::DATE`;

const labels = new Map();
for (const line of readFileSync(labelsFile, 'utf8').trim().split('\n').slice(1)) {
  const [list, label, code] = line.split('\t');
  labels.set(`${list}\u0000${label}`, code);
}
const codeOf = (list, label) => labels.get(`${list}\u0000${label}`) ?? label;

const instance = await DuckDBInstance.create(':memory:');
const db = await instance.connect();
const rows = async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJson();
const counts = async (list, sql) => {
  const out = {};
  for (const row of await rows(sql)) out[codeOf(list, row.k)] = Number(row.n);
  return out;
};

await db.run(`CREATE TEMP TABLE o AS SELECT * FROM ${csv('to-chuc.csv')}`);
await db.run(`CREATE TEMP TABLE m AS SELECT * FROM ${csv('dang-vien.csv')}`);
const memberCounts = async (list, column) =>
  counts(list, `SELECT "${column}" AS k, count(*) AS n FROM m GROUP BY 1`);

const [totals] = await rows(`
  SELECT count(*) AS total,
    count(*) FILTER ("Ngày chính thức" IS NULL OR ${day('"Ngày chính thức"')} > DATE '${asOf}') AS probationary,
    count(*) FILTER (lower(trim("Dân tộc")) = 'kinh') AS kinh,
    count(*) FILTER (lower(trim("Dân tộc")) <> 'kinh') AS minority,
    count(*) FILTER ("Miễn sinh hoạt" = 'x') AS exempt,
    count(*) FILTER ("Đi làm ăn xa" = 'x') AS away
  FROM m`);
const ages = await counts(
  'age',
  `SELECT CASE WHEN a < 30 THEN 'under-30' WHEN a < 40 THEN '30-39' WHEN a < 60 THEN '40-59' ELSE '60-plus' END AS k,
     count(*) AS n
   FROM (SELECT date_sub('year', ${day('"Ngày sinh"')}, DATE '${asOf}') AS a FROM m) GROUP BY 1`,
);
const byOrganization = await counts(
  'org',
  `SELECT o."Mã" AS k, count(m."Tổ chức") AS n FROM o LEFT JOIN m ON m."Tổ chức" = o."Mã" GROUP BY 1`,
);
const structure = {};
for (const row of await rows(`
  SELECT o."Loại hình" AS k, count(DISTINCT o."Mã") AS orgs, count(m."Tổ chức") AS members
  FROM o LEFT JOIN m ON m."Tổ chức" = o."Mã" GROUP BY 1`)) {
  structure[codeOf('category', row.k)] = {
    organizations: Number(row.orgs),
    members: Number(row.members),
  };
}
const movements = await counts(
  'type',
  `SELECT "Loại" AS k, count(*) AS n FROM ${csv('bien-dong.csv')}
   WHERE ${day('"Ngày"')} BETWEEN DATE '${from}' AND DATE '${asOf}' GROUP BY 1`,
);
const result = {
  organizations: {
    byKind: await counts('kind', `SELECT "Loại" AS k, count(*) AS n FROM o GROUP BY 1`),
    structure,
    eHandbookRegistered: Number(
      (await rows(`SELECT count(*) AS n FROM o WHERE "Sổ tay điện tử" = 'x'`))[0].n,
    ),
    membersByOrganization: byOrganization,
  },
  members: {
    total: Number(totals.total),
    probationary: Number(totals.probationary),
    gender: await memberCounts('gender', 'Giới tính'),
    ageBands: ages,
    ethnicity: { kinh: Number(totals.kinh), minority: Number(totals.minority) },
    religion: await memberCounts('religion', 'Tôn giáo'),
    generalEducation: await memberCounts('generalEducation', 'Trình độ GDPT'),
    professional: await memberCounts('professional', 'Chuyên môn'),
    politicalTheory: await memberCounts('politicalTheory', 'Lý luận chính trị'),
    occupation: await memberCounts('occupation', 'Nghề nghiệp'),
    exempt: Number(totals.exempt),
    workingAway: Number(totals.away),
  },
  movements,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
