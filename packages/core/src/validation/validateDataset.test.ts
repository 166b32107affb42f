import { describe, expect, it } from 'vitest';
import { briefs } from '../../test/helpers';
import { InvalidArgumentError } from '../errors';
import { defaultRules } from '../rules/defaultRules';
import { buildDataset, buildMember, buildOrganization, buildPosition } from '../testing/builders';
import { validateDataset } from './validateDataset';

const clone = <T>(value: T): T => structuredClone(value);

describe('validateDataset', () => {
  it('accepts the builders dataset with no issue at all', () => {
    const result = validateDataset(buildDataset());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.data).toEqual(buildDataset());
  });

  it('fills defaults, so a minimal file gives complete records', () => {
    const input = {
      organizations: [
        { code: 'CB01', name: 'Chi bộ 1', kind: 'grassroots-cell', category: 'residential' },
      ],
      members: ['A', 'B', 'C'].map((id) => ({
        id,
        fullName: 'Phạm Thị Hoa',
        birthDate: '1975-04-30',
        gender: 'female',
        ethnicity: 'Kinh',
        admittedOn: '2000-09-02',
        officialOn: '2001-09-02',
        org: 'CB01',
        generalEducation: 'upper-secondary',
      })),
    };
    const result = validateDataset(input);
    expect(briefs(result.issues)).toEqual([]);
    expect(result.data.members[0]).toMatchObject({
      religion: 'none',
      professional: 'none',
      politicalTheory: 'none',
      occupation: 'other',
      exempt: false,
      workingAway: false,
    });
    expect(result.data.organizations[0]?.eHandbook).toBe(false);
    expect(result.data.movements).toEqual([]);
    expect(result.data.version).toBe(1);
  });

  it('rejects input that is not a dataset object, without throwing', () => {
    for (const input of [null, 42, 'text', [], undefined]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(briefs(result.issues)).toEqual(['error invalid-structure @ dataset']);
      expect(result.data.members).toEqual([]);
    }
  });

  it('requires the organisations and the roster, and nothing else', () => {
    const result = validateDataset({});
    expect(briefs(result.issues)).toEqual([
      'error required @ dataset.organizations',
      'error required @ dataset.members',
    ]);
  });

  it('reports a collection that is not a list, and a record that is not an object', () => {
    const result = validateDataset({ ...buildDataset(), movements: {}, positions: [42] });
    expect(briefs(result.issues)).toEqual([
      'error invalid-structure @ dataset.movements',
      'error invalid-structure @ positions[0]',
    ]);
    expect(result.issues[1]?.message.vi).toContain('Dòng này không phải là một bản ghi');
    expect(result.issues[0]?.message.vi).toContain('Mục “movements” phải là một danh sách');
  });

  it('reports an unsupported contract version and a bad reference date', () => {
    const result = validateDataset({ ...buildDataset(), version: 2, asOf: '2026-13-01' });
    expect(briefs(result.issues)).toEqual([
      'error invalid-value @ dataset.version',
      'error invalid-date @ dataset.asOf',
    ]);
  });

  it('keeps unknown fields out with a notice, never an error', () => {
    const input = clone(buildDataset()) as unknown as Record<string, unknown>;
    input.extra = 1;
    (input.members as Record<string, unknown>[])[1] = { ...buildDataset().members[1], ghiChu: 'x' };
    (input.ward as Record<string, unknown>).mayor = 'x';
    const result = validateDataset(input);
    expect(result.ok).toBe(true);
    expect(briefs(result.issues)).toEqual([
      'notice unknown-field @ dataset.extra',
      'notice unknown-field @ ward.mayor',
      'notice unknown-field @ members[1].ghiChu',
    ]);
    expect(result.data.members[1]).not.toHaveProperty('ghiChu');
  });

  it('treats null and blank values as absent', () => {
    const input = clone(buildDataset()) as unknown as { members: Record<string, unknown>[] };
    input.members[0] = { ...input.members[0], religion: null, note: '   ', professional: '' };
    const result = validateDataset(input);
    expect(briefs(result.issues)).toEqual([]);
    expect(result.data.members[0]?.religion).toBe('none');
    expect(result.data.members[0]?.professional).toBe('none');
  });

  it('maps field problems to required, invalid-type, invalid-code, invalid-value and invalid-date', () => {
    const input = clone(buildDataset()) as unknown as { members: Record<string, unknown>[] };
    input.members[0] = { ...input.members[0], fullName: undefined };
    input.members[1] = { ...input.members[1], gender: 'x', exempt: 'maybe' };
    input.members[2] = { ...input.members[2], admittedOn: '2026-02-31', birthDate: '19/05/1990' };
    const result = validateDataset({ ...input, ward: { areaKm2: -1, population: 1.5 } });
    expect(result.ok).toBe(false);
    expect(briefs(result.issues)).toEqual([
      'error invalid-value @ ward.areaKm2',
      'error invalid-type @ ward.population',
      'error required @ members[0].fullName',
      'error invalid-code @ members[1].gender',
      'error invalid-type @ members[1].exempt',
      'error invalid-date @ members[2].birthDate',
      'error invalid-date @ members[2].admittedOn',
    ]);
    const gender = result.issues.find((i) => i.code === 'invalid-code');
    expect(gender?.value).toBe('x');
    expect(gender?.message.vi).toContain('“Giới tính”');
    expect(gender?.message.vi).toContain('Nam, Nữ');
    expect(gender?.message.en).toContain('male, female');
    const birth = result.issues.find((i) => i.location.field === 'birthDate');
    expect(birth?.message.vi).toContain('hoặc chỉ năm yyyy');
    // records with errors are left out of data; nothing else is
    expect(result.data.members).toEqual([]);
    expect(result.data.organizations).toHaveLength(1);
  });

  it('does not cascade: rows pointing at an unreadable row are not reported again', () => {
    const dataset = buildDataset({
      organizations: [buildOrganization({ code: 'CB01' })],
      positions: [buildPosition({ memberId: 'DV0002' })],
    });
    const input = clone(dataset) as unknown as { members: Record<string, unknown>[] };
    input.members[1] = { ...input.members[1], birthDate: 'abc' };
    const result = validateDataset(input);
    expect(briefs(result.issues)).toEqual(['error invalid-date @ members[1].birthDate']);
  });

  it('normalises text to NFC', () => {
    const decomposed = 'Nguyễn Thị Hà'.normalize('NFD');
    const dataset = buildDataset();
    const input = clone(dataset) as unknown as { members: Record<string, unknown>[] };
    input.members[0] = { ...input.members[0], fullName: `  ${decomposed} ` };
    const result = validateDataset(input);
    expect(result.data.members[0]?.fullName).toBe('Nguyễn Thị Hà'.normalize('NFC'));
  });

  it('reports every problem in one pass, sorted by record kind and row', () => {
    const dataset = buildDataset({
      positions: [],
      training: [],
      planning: [],
      classifications: [],
      members: [
        buildMember({ id: 'A', org: 'NOPE' }),
        buildMember({ id: 'A' }),
        buildMember({
          id: 'B',
          birthDate: '2010-01-01',
          admittedOn: '2005-01-01',
          officialOn: '2004-01-01',
        }),
      ],
    });
    const result = validateDataset(dataset);
    expect(briefs(result.issues)).toEqual([
      'warning small-cell @ organizations[0].code',
      'error unknown-organization @ members[0].org',
      'error duplicate-id @ members[1].id',
      'error birth-after-admission @ members[2].birthDate',
      'error official-before-admission @ members[2].officialOn',
    ]);
  });

  it('uses the caller reference date before the dataset one', () => {
    const dataset = buildDataset({
      members: [
        ...buildDataset().members,
        buildMember({ id: 'P', admittedOn: '2025-01-10', officialOn: undefined }),
      ],
    });
    expect(briefs(validateDataset(dataset, { asOf: '2025-09-01' }).issues)).toEqual([]);
    expect(briefs(validateDataset(dataset).issues)).toEqual([
      'warning probation-overdue @ members[3].officialOn',
    ]);
    const { asOf: _drop, ...undated } = dataset;
    expect(briefs(validateDataset(undated).issues)).toEqual([]);
  });

  it('throws on misuse: a bad asOf or an incomplete rule set', () => {
    expect(() => validateDataset(buildDataset(), { asOf: '01/03/2026' })).toThrow(
      InvalidArgumentError,
    );
    expect(() =>
      validateDataset(buildDataset(), { rules: { ...defaultRules, probation: [] } }),
    ).toThrow(InvalidArgumentError);
  });

  it('gives each issue a message in Vietnamese and English without personal data', () => {
    const dataset = buildDataset({
      members: [buildMember({ fullName: 'Đặng Thuỳ Dung', birthDate: '2010-01-01' })],
    });
    const result = validateDataset(dataset);
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.message.vi.length).toBeGreaterThan(10);
      expect(issue.message.en.length).toBeGreaterThan(10);
      expect(issue.message.vi).not.toContain('Dung');
      // The one deliberate exception: the two dates that contradict each other are shown.
      if (issue.code === 'birth-after-admission') {
        expect(issue.message.vi).toContain('(1/1/2010 và 26/3/2005)');
        expect(issue.message.en).toContain('(2010-01-01 and 2005-03-26)');
      } else expect(issue.message.vi).not.toContain('2010');
    }
  });
});

describe('validateDataset with releaseInput', () => {
  it('gives the same result and empties the collections it read', () => {
    const make = () =>
      buildDataset({
        members: [
          buildMember({ id: 'DV1' }),
          buildMember({ id: 'DV2', birthDate: 'not a date' }),
          buildMember({ id: 'DV1', gender: 'x' as never }),
        ],
      });
    const kept = validateDataset(make(), { asOf: '2026-03-01' });
    const input = make();
    const released = validateDataset(input, { asOf: '2026-03-01', releaseInput: true });
    expect(released).toEqual(kept);
    expect(input.members).toEqual([]);
    expect(input.organizations).toEqual([]);
  });
});
