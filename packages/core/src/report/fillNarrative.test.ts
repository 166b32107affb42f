import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { largeStats, smallStats, WINDOW } from '../../test/reportStats';
import { GeneralEducationLevels } from '../member/codes';
import { computeStats } from '../stats/computeStats';
import { buildDataset, buildOrganization } from '../testing/builders';
import { parseVietnameseNumber } from './_internal/parseStated';
import { FilledNarrative, fillNarrative } from './fillNarrative';

const committees = (count: number) =>
  computeStats(
    buildDataset({
      organizations: Array.from({ length: count }, (_, i) =>
        buildOrganization({ code: `DB${i + 1}`, kind: 'grassroots-committee' }),
      ),
    }),
    WINDOW,
  );

describe('fillNarrative', () => {
  it('fills counts, and text and figure runs that trace each figure', () => {
    const result = fillNarrative(
      'Toàn Đảng bộ có {{members.total}} đảng viên, trong đó {{ members.gender.female }} nữ.',
      smallStats(),
    );
    expect(result).toEqual({
      text: 'Toàn Đảng bộ có 3 đảng viên, trong đó 1 nữ.',
      runs: [
        { kind: 'text', text: 'Toàn Đảng bộ có ' },
        {
          kind: 'figure',
          text: '3',
          placeholder: 'members.total',
          path: 'members.total',
          value: 3,
        },
        { kind: 'text', text: ' đảng viên, trong đó ' },
        {
          kind: 'figure',
          text: '1',
          placeholder: 'members.gender.female',
          path: 'members.gender.female',
          value: 1,
        },
        { kind: 'text', text: ' nữ.' },
      ],
      errors: [],
    });
    expect(FilledNarrative.parse(result)).toEqual(result);
  });

  it('pads counts below 10 with |pad and leaves 10 alone', () => {
    const text = '{{organizations.byKind.grassroots-committee|pad}} đảng bộ cơ sở';
    expect(fillNarrative(text, committees(3)).text).toBe('03 đảng bộ cơ sở');
    expect(fillNarrative(text, committees(10)).text).toBe('10 đảng bộ cơ sở');
    expect(fillNarrative('{{organizations.byKind.grassroots-cell|pad}}', smallStats()).text).toBe(
      '00',
    );
    expect(fillNarrative('{{organizations.byKind.grassroots-committee}}', committees(3)).text).toBe(
      '3',
    );
  });

  it('pads every count with the padCounts option, but not percentages', () => {
    const result = fillNarrative(
      '{{members.total}} / {{members.gender.female.percent}}',
      smallStats(),
      { padCounts: true },
    );
    expect(result.text).toBe('03 / 33,3%');
    expect(result.runs[0]).toMatchObject({ placeholder: 'members.total', value: 3 });
  });

  it('writes large counts with a thousands dot and shares with a decimal comma', () => {
    const result = fillNarrative(
      '{{members.total}} đảng viên; nam {{members.gender.male.percent}}, nữ {{members.gender.female.percent}}.',
      largeStats(),
    );
    expect(result.text).toBe('1.239 đảng viên; nam 77,4%, nữ 22,6%.');
    expect(result.runs[2]).toEqual({
      kind: 'figure',
      text: '77,4%',
      placeholder: 'members.gender.male.percent',
      path: 'members.gender.male.percent',
      value: 77.4,
    });
  });

  it('computes the shares of a breakdown by largest remainder so they add up to 100', () => {
    // 12, 268, 959 of 1239: 0.968…, 21.630…, 77.401…; the one tenth left goes to the largest remainder.
    const text = ['primary', 'lower-secondary', 'upper-secondary']
      .map((code) => `{{members.generalEducation.${code}.percent}}`)
      .join(' ');
    expect(fillNarrative(text, largeStats()).text).toBe('1,0% 21,6% 77,4%');
  });

  it('writes dates as 16/6/2022 and 05/02/2026, and as the date line with |dateline', () => {
    const stats = computeStats(buildDataset(), { asOf: '2026-02-05', from: '2022-06-16' });
    expect(
      fillNarrative('Từ {{from}} đến {{asOf}}; Hải Phòng, {{asOf|dateline}}', stats).text,
    ).toBe('Từ 16/6/2022 đến 05/02/2026; Hải Phòng, ngày 05 tháng 02 năm 2026');
    expect(fillNarrative('{{movements.to|dateline}}', smallStats()).text).toBe(
      'ngày 01 tháng 3 năm 2026',
    );
  });

  it('reports an unknown placeholder as an error value, keeping the placeholder in the text', () => {
    const result = fillNarrative('Có {{members.tottal}} đảng viên.', smallStats());
    expect(result.text).toBe('Có {{members.tottal}} đảng viên.');
    expect(result.runs).toEqual([{ kind: 'text', text: 'Có {{members.tottal}} đảng viên.' }]);
    expect(result.errors).toEqual([
      {
        placeholder: 'members.tottal',
        message: {
          vi: 'không có số liệu "members.tottal" trong thống kê',
          en: 'the stats have no figure "members.tottal"',
        },
      },
    ]);
  });

  it('rejects other paths the schema does not have, groups and misapplied filters', () => {
    const placeholders = [
      'members.gender.other',
      'members.gender.unknown.percent',
      'members.total.percent',
      'members.gender.female.percent.x',
      'movements.net.percent',
      'members.gender',
      'members.total|bold',
      'asOf|pad',
      'members.total|dateline',
      'members.gender.female.percent|pad',
      '',
    ];
    const result = fillNarrative(placeholders.map((p) => `{{${p}}}`).join(' '), smallStats());
    expect(result.errors.map((error) => error.placeholder)).toEqual(placeholders);
    expect(result.runs.every((run) => run.kind === 'text')).toBe(true);
    expect(result.errors[5]?.message.en).toBe(
      '"members.gender" is a group of figures, not one figure: choose one of its keys',
    );
    expect(result.errors[6]?.message.en).toBe('unknown filter "bold"; use pad, dateline');
  });

  it('prints a visible marker, never a number, for a path without data', () => {
    const stats = computeStats(buildDataset({ inspections: [] }), WINDOW);
    const result = fillNarrative(
      'Kiểm tra {{inspection.total}} cuộc; {{organizations.structure.military.organizations|pad}} chi bộ quân sự; {{organizations.membersByOrganization.CB99}}.',
      stats,
    );
    expect(result.errors).toEqual([]);
    expect(result.text).toBe(
      'Kiểm tra [[thiếu số liệu: inspection.total]] cuộc; [[thiếu số liệu: organizations.structure.military.organizations]] chi bộ quân sự; [[thiếu số liệu: organizations.membersByOrganization.CB99]].',
    );
    expect(result.runs[1]).toMatchObject({ path: 'inspection.total', value: null });
    // With inspection records, the same path is a number.
    expect(fillNarrative('{{inspection.total}}', smallStats()).text).toBe('1');
  });

  it('prints the marker for movement figures when the dataset has no movement record', () => {
    const stats = computeStats(buildDataset({ movements: [] }), WINDOW);
    expect(fillNarrative('{{movements.net}} / {{movements.closing}}', stats).text).toBe(
      '[[thiếu số liệu: movements.net]] / 3',
    );
  });

  it('leaves a text without placeholders as it is', () => {
    expect(fillNarrative('', smallStats())).toEqual({ text: '', runs: [], errors: [] });
    expect(fillNarrative('{{members.total}}', smallStats()).runs).toHaveLength(1);
  });
});

describe('fillNarrative properties', () => {
  const codes = GeneralEducationLevels.codes;

  test.prop([fc.array(fc.nat({ max: 2_000_000 }), { minLength: 3, maxLength: 3 })])(
    'the .percent placeholders of one breakdown add up to 100.0',
    (counts) => {
      fc.pre(counts.some((count) => count > 0));
      const base = smallStats();
      const generalEducation = Object.fromEntries(codes.map((code, i) => [code, counts[i] ?? 0]));
      const stats = {
        ...base,
        members: {
          ...base.members,
          total: counts.reduce((a, b) => a + b, 0),
          generalEducation: generalEducation as typeof base.members.generalEducation,
        },
      };
      const text = codes.map((code) => `{{members.generalEducation.${code}.percent}}`).join(' ');
      const result = fillNarrative(text, stats);
      expect(result.errors).toEqual([]);
      const sum = result.text
        .split(' ')
        .map((share) => parseVietnameseNumber(share) ?? Number.NaN)
        .reduce((a, b) => a + b, 0);
      expect(Math.round(sum * 10) / 10).toBe(100);
      expect(sum).toBeCloseTo(100, 9);
    },
  );

  test.prop([fc.string().filter((text) => !text.includes('{{'))])(
    'a text without placeholders comes back unchanged, as one text run at most',
    (text) => {
      const result = fillNarrative(text, smallStats());
      expect(result.text).toBe(text);
      expect(result.runs.length).toBe(text === '' ? 0 : 1);
    },
  );

  test.prop([
    fc.array(fc.constantFrom('members.total', 'members.gender.female.percent', 'x', ' · ')),
  ])('the runs concatenate to the text', (pieces) => {
    const text = pieces.map((p) => (p.startsWith('m') ? `{{${p}}}` : p)).join('');
    const result = fillNarrative(text, largeStats());
    expect(result.runs.map((run) => run.text).join('')).toBe(result.text);
    expect(result.runs.filter((run) => run.kind === 'figure')).toHaveLength(
      pieces.filter((p) => p.startsWith('m')).length,
    );
  });
});

describe('fillNarrative with the ward', () => {
  it('prints the area with its two decimals and the population the Vietnamese way', () => {
    const ward = { name: 'Đảng bộ phường Mẫu', areaKm2: 27.94, population: 27339 };
    const stats = computeStats(buildDataset({ ward }), WINDOW);
    const filled = fillNarrative(
      '{{ward.areaKm2}} km², {{ward.population}} người; {{ward.place}}.',
      stats,
    );
    expect(filled.errors).toEqual([]);
    expect(filled.text).toBe('27,94 km², 27.339 người; [[thiếu số liệu: ward.place]].');
  });
});

describe('fillNarrative with codes taken together', () => {
  it('sums the counts and takes the share with the codes merged', () => {
    const stats = largeStats();
    // 268 + 12 = 280 of 1239: 22,6%; with the other code 959 (77,4%) they make 100.
    const filled = fillNarrative(
      '{{members.generalEducation.lower-secondary+primary}} ({{members.generalEducation.lower-secondary+primary.percent}}), {{members.generalEducation.upper-secondary.percent}}',
      stats,
    );
    expect(filled.errors).toEqual([]);
    expect(filled.text).toBe('280 (22,6%), 77,4%');
  });

  it('rejects unknown codes, a repeated code, one code alone and other breakdown paths', () => {
    for (const path of [
      'members.generalEducation.primary+khong',
      'members.generalEducation.primary+primary',
      'members.total+probationary',
      'members.generalEducation.primary+lower-secondary.count',
      'movements.admitted+transferredIn',
    ]) {
      expect(fillNarrative(`{{${path}}}`, largeStats()).errors, path).toHaveLength(1);
    }
  });
});

describe('fillNarrative with years', () => {
  it('prints a year without a thousands separator', () => {
    const stats = largeStats();
    const withYear = {
      ...stats,
      classification: {
        ...stats.classification,
        distribution: {
          years: [
            {
              year: 2025,
              organization: {
                total: 0,
                byRating: { excellent: 0, good: 0, fulfilled: 0, 'not-fulfilled': 0, unrated: 0 },
              },
              member: {
                total: 1157,
                byRating: {
                  excellent: 161,
                  good: 850,
                  fulfilled: 141,
                  'not-fulfilled': 5,
                  unrated: 0,
                },
              },
            },
          ],
        },
      },
      records: { ...stats.records, classifications: 1 },
    };
    const filled = fillNarrative(
      'năm {{classification.distribution.years.0.year}}: {{classification.distribution.years.0.member.total}}',
      withYear as typeof stats,
    );
    expect(filled.errors).toEqual([]);
    expect(filled.text).toBe('năm 2025: 1.157');
  });
});
