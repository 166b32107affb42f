import { describe, expect, it } from 'vitest';
import { WINDOW } from '../../test/reportStats';
import { buildDataset } from '../testing/builders';
import { genericNarrative } from './genericNarrative';
import { narrativeNamesOtherWard } from './narrativeWard';
import { prepareReport } from './prepareReport';

const written = (committee: string) => ({
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee,
    symbol: { number: 1, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-03-25',
  },
});

describe('narrativeNamesOtherWard', () => {
  it('tells the ward of the narrative and the ward of the data apart', () => {
    expect(
      narrativeNamesOtherWard(written('Đảng ủy phường Dương Kinh'), {
        committee: 'Đảng ủy phường Ngọc Hải',
      }),
    ).toEqual({ narrative: 'phường Dương Kinh', data: 'phường Ngọc Hải' });
    // The data's name serves when it gives no committee; a commune is another unit.
    expect(
      narrativeNamesOtherWard(written('Đảng ủy phường Dương Kinh'), {
        name: 'Đảng bộ xã Dương Kinh',
      }),
    ).toEqual({ narrative: 'phường Dương Kinh', data: 'xã Dương Kinh' });
  });

  it('says nothing for the same ward, however spelled, or when a side names none', () => {
    const same = written('Đảng ủy phường Dương  Kinh'.normalize('NFD'));
    expect(narrativeNamesOtherWard(same, { committee: 'Đảng ủy phường Dương Kinh' })).toBe(
      undefined,
    );
    expect(
      narrativeNamesOtherWard(written('Đảng ủy phường Hoà Nghĩa'), {
        name: 'Đảng bộ phường Hòa Nghĩa',
      }),
    ).toBeUndefined();
    expect(narrativeNamesOtherWard(same, {})).toBeUndefined();
    expect(
      narrativeNamesOtherWard(written('Chi bộ Cơ quan'), { committee: 'Đảng ủy phường Ngọc Hải' }),
    ).toBeUndefined();
  });
});

describe('genericNarrative', () => {
  it('reports any ward with the figures every dataset has, under the data ward', () => {
    const dataset = buildDataset({
      ward: {
        committee: 'Đảng ủy phường Ngọc Hải',
        superior: 'Đảng bộ thành phố Hải Phòng',
        place: 'Ngọc Hải',
      },
      classifications: [],
      inspections: [],
      training: [],
      planning: [],
    });
    const report = prepareReport(dataset, genericNarrative(dataset.ward, WINDOW.asOf), WINDOW);
    expect(report.errors).toEqual([]);
    expect(report.gaps).toEqual([]);
    expect(report.model.header.committee).toBe('Đảng ủy phường Ngọc Hải');
    expect(narrativeNamesOtherWard(genericNarrative(dataset.ward, WINDOW.asOf), dataset.ward)).toBe(
      undefined,
    );
    expect(JSON.stringify(report.model)).not.toMatch(/Dương Kinh/u);
  });
});
