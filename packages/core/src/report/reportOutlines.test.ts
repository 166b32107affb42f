import { describe, expect, it } from 'vitest';
import { NQ21_INTERIM_REVIEW_OUTLINE } from './nq21InterimReview';
import { parseReportMarkdown } from './parseReportMarkdown';
import { REPORT_OUTLINES } from './reportOutlines';

const text = (outline: string) => `---
Cấp trên: Đảng bộ thành phố Hải Phòng
Cấp ủy: Đảng ủy phường Mẫu
Số: 12
Địa danh: Hải Phòng
Ngày: 20/3/2026
Người ký: Trần Văn Mẫu
Mẫu: ${outline}
---
# I.
Phường có {{members.total}} đảng viên.
# Nơi nhận
- Lưu VPĐU.
`;

describe('REPORT_OUTLINES', () => {
  it('gives the NQ 21 interim review outline under nq21', () => {
    expect(REPORT_OUTLINES.nq21.outline).toBe(NQ21_INTERIM_REVIEW_OUTLINE);
  });

  it.each(['nq21', 'NQ 21', 'Sơ kết NQ21', 'nq21 so ket'])(
    'selects nq21 with "Mẫu: %s"',
    (name) => {
      const parsed = parseReportMarkdown(text(name));
      expect(parsed.issues).toEqual([]);
      expect(parsed.data?.parts.map((part) => part.title)).toEqual(
        NQ21_INTERIM_REVIEW_OUTLINE.filter((h) => !h.key.includes('.')).map((h) => h.title),
      );
    },
  );

  it('names the registered outlines when "Mẫu:" names none of them', () => {
    const parsed = parseReportMarkdown(text('nq22'));
    expect(parsed.issues).toEqual([
      {
        line: 8,
        message: {
          vi: `không có mẫu "nq22"; mẫu có sẵn: ${Object.keys(REPORT_OUTLINES).join(', ')}`,
          en: `no outline "nq22"; available: ${Object.keys(REPORT_OUTLINES).join(', ')}`,
        },
      },
      expect.objectContaining({ line: 0 }),
    ]);
  });
});
