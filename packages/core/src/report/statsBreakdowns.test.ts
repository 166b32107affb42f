import { describe, expect, it } from 'vitest';
import { largeStats, smallStats } from '../../test/reportStats';
import { Genders, MovementTypes, PoliticalTheoryLevels } from '../member/codes';
import {
  breakdownCodes,
  breakdownRows,
  breakdownTitle,
  codeLabelPairs,
  MEMBER_BREAKDOWNS,
  movementKey,
  movementRows,
  structureLabel,
  structureRows,
} from './statsBreakdowns';
import { statsTable } from './statsTables';

describe('the breakdowns of the stats', () => {
  it('gives every code of a breakdown, in order, with its label, count and share, in either language', () => {
    expect(breakdownRows('gender', largeStats(), 'vi')).toEqual([
      { code: 'male', label: 'Nam', count: 959, share: 77.4 },
      { code: 'female', label: 'Nữ', count: 280, share: 22.6 },
    ]);
    expect(breakdownRows('gender', largeStats(), 'en').map((row) => row.label)).toEqual([
      Genders.labels.male.en,
      Genders.labels.female.en,
    ]);
    const ageBands = breakdownRows('ageBands', smallStats(), 'vi');
    expect(ageBands.map((row) => row.code)).toEqual([...breakdownCodes('ageBands').codes]);
  });

  it('names each breakdown for a table, and for the summary where it says it shorter', () => {
    expect(MEMBER_BREAKDOWNS).toHaveLength(8);
    expect(breakdownTitle('politicalTheory', 'vi')).toBe('Trình độ lý luận chính trị');
    expect(breakdownTitle('politicalTheory', 'vi', 'summary')).toBe('Lý luận chính trị');
    expect(breakdownTitle('gender', 'en', 'summary')).toBe('Gender');
    expect(breakdownCodes('politicalTheory')).toBe(PoliticalTheoryLevels);
  });

  it('walks the movements in the order of the reports, each with its sign', () => {
    const rows = movementRows(smallStats(), 'vi');
    expect(rows.map((row) => row.key)).toEqual([
      'admitted',
      'transferredIn',
      'transferredOut',
      'struckOff',
      'expelled',
      'deceased',
      'resigned',
    ]);
    expect(rows.find((row) => row.key === 'transferredOut')).toMatchObject({
      label: 'Chuyển đi',
      count: 1,
      sign: -1,
    });
    expect(rows.map((row) => movementKey(row.code))).toEqual(rows.map((row) => row.key));
  });

  it('labels the organisation structure for a chart, the summary and a table', () => {
    expect(structureRows(smallStats(), 'vi')).toEqual([
      { key: 'residential', label: 'Tổ dân phố', organizations: 1, members: 3 },
    ]);
    expect(structureLabel('residential', 'vi', 'table')).toBe('Chi bộ tổ dân phố');
    expect(structureLabel('grassroots-committee', 'vi')).toBe('Đảng bộ cơ sở');
    expect(structureLabel('grassroots-committee', 'en', 'summary')).toBe(
      'Grassroots committees (with their cells)',
    );
    expect(structureLabel('unknown', 'vi', 'table')).toBe('unknown');
  });

  it('gives a code list as label pairs for a chart', () => {
    expect(codeLabelPairs(MovementTypes, 'vi')[0]).toEqual(['admitted', 'Kết nạp']);
  });

  it('builds the report tables in English too, from the same rows', () => {
    const table = statsTable('movements', smallStats(), 'en');
    expect(table.header).toEqual(['Item', 'Members']);
    expect(table.rows[0]).toEqual(['Opening', '4']);
    expect(table.rows).toContainEqual(['Transferred out', '−1']);
    expect(table.rows.at(-1)).toEqual(['Closing', '3']);
    expect(statsTable('members.composition', largeStats(), 'en').rows).toContainEqual([
      '- Male',
      '959',
      '77,4%',
    ]);
  });
});
