import { describe, expect, it } from 'vitest';
import { describeDiff, describeValue } from './describeDiff';
import type { DatasetDiff } from './diff';

const diff: DatasetDiff = {
  members: {
    added: ['DV-MOI-0001'],
    removed: ['DK1295'],
    changed: [
      {
        key: 'DK0001',
        fields: [
          { field: 'occupation', before: 'other', after: 'retired' },
          { field: 'leftOn', before: undefined, after: '2026-03-16' },
          { field: 'workingAway', before: false, after: true },
        ],
      },
    ],
  },
  organizations: {
    added: [],
    removed: [],
    changed: [
      { key: 'TDP06', fields: [{ field: 'name', before: 'Chi bộ 6', after: 'Chi bộ TDP 6' }] },
    ],
  },
  movements: {
    added: [
      { date: '2026-03-16', type: 'transferred-out', memberId: 'DK1295' },
      { date: '2026-03-20', type: 'transferred-in', memberId: 'DV-MOI-0001' },
    ],
    removed: [],
  } as unknown as DatasetDiff['movements'],
};

describe('describeDiff', () => {
  it('words each change under the column headers, codes as labels and dates as 16/6/2022', () => {
    expect(describeDiff(diff)).toEqual([
      'Đảng viên: thêm 1, bớt 1, thay đổi 1',
      '  Thêm: DV-MOI-0001',
      '  Bớt: DK1295',
      '  DK0001: Nghề nghiệp: Khác → Hưu trí; Ngày rời: (trống) → 16/3/2026; Đi làm ăn xa: không → có',
      'Tổ chức: thêm 0, bớt 0, thay đổi 1',
      '  TDP06: Tên: Chi bộ 6 → Chi bộ TDP 6',
      'Biến động: thêm 2, bớt 0',
      '  + 16/3/2026 Chuyển đi DK1295',
      '  + 20/3/2026 Chuyển đến DV-MOI-0001',
    ]);
  });

  it('speaks English with --lang en, keeping the headers of the ward’s files', () => {
    const lines = describeDiff(diff, 'en');
    expect(lines[0]).toBe('Members: 1 added, 1 removed, 1 changed');
    expect(lines[3]).toBe(
      '  DK0001: Nghề nghiệp: Other → Retired; Ngày rời: (empty) → 16/3/2026; Đi làm ăn xa: no → yes',
    );
    expect(lines.at(-1)).toBe('  + 20/3/2026 Transferred in DV-MOI-0001');
  });

  it('says so when two versions hold the same data', () => {
    const none: DatasetDiff = {
      members: { added: [], removed: [], changed: [] },
      organizations: { added: [], removed: [], changed: [] },
      movements: { added: [], removed: [] },
    };
    expect(describeDiff(none)).toEqual(['Không có khác biệt.']);
  });

  it('keeps values it has no label for as written, and numbers in vi-VN digits', () => {
    expect(describeValue('members', 'occupation', 'astronaut')).toBe('astronaut');
    expect(describeValue('members', 'partyAgeGapMonths', 1239)).toBe('1.239');
    expect(describeValue('members', 'fullName', '2026-13-45')).toBe('2026-13-45');
  });
});
