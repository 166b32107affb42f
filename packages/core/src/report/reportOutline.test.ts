import { describe, expect, it } from 'vitest';
import { smallStats } from '../../test/reportStats';
import { buildReport } from './buildReport';
import { NQ21_INTERIM_REVIEW_OUTLINE, nq21InterimReview } from './nq21InterimReview';
import { reportOutline } from './reportOutline';

const base = {
  header: {
    superior: 'Đảng bộ thành phố Hải Phòng',
    committee: 'Đảng ủy phường Mẫu',
    symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
    place: 'Hải Phòng',
    date: '2026-03-20',
  },
  recipients: ['- Lưu VPĐU.'],
  signature: {
    authority: 'T/M BAN THƯỜNG VỤ' as const,
    position: 'BÍ THƯ' as const,
    name: 'Trần Văn Mẫu',
  },
};

describe('reportOutline', () => {
  it('lists the opening, then every heading in reading order with its level', () => {
    const { model } = buildReport(
      nq21InterimReview({ ...base, preamble: 'Mở đầu.' }),
      smallStats(),
    );
    const entries = reportOutline(model);
    expect(entries[0]).toMatchObject({ level: 0, heading: '' });
    expect(entries.slice(1).map((e) => e.level)).toEqual(
      NQ21_INTERIM_REVIEW_OUTLINE.map((h) => h.key.split('.').length),
    );
    expect(entries[1]?.heading).toBe('I. ĐẶC ĐIỂM TÌNH HÌNH');
    expect(entries.find((e) => e.heading.startsWith('2.1.'))?.heading).toBe(
      '2.1. Đội ngũ đảng viên',
    );
  });

  it('leaves out an empty opening', () => {
    const { model } = buildReport(nq21InterimReview(base), smallStats());
    expect(reportOutline(model)[0]?.level).toBe(1);
  });
});
