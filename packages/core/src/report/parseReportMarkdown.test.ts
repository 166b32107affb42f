import { describe, expect, it } from 'vitest';
import { smallStats } from '../../test/reportStats';
import { buildReport } from './buildReport';
import { parseReportMarkdown } from './parseReportMarkdown';

const FRONT = `---
Cấp trên: Đảng bộ thành phố Hải Phòng
Cấp ủy: Đảng ủy phường Mẫu
Số: 12
Địa danh: Hải Phòng
Ngày: 20/3/2026
Trích yếu: tình hình đội ngũ đảng viên
Chức vụ: Phó Bí thư
Người ký: Trần Văn Mẫu
---`;

const BODY = `
Theo yêu cầu của cấp trên, Ban Thường vụ báo cáo như sau:

# I. TÌNH HÌNH CHUNG

Đảng bộ có {{members.total|pad}} đảng viên.[^a]

## 1. Biến động

{{table:movements}}

### 1.1. Chi tiết

Tăng, giảm {{movements.net}}.

[^a]: Số liệu đến ngày {{asOf}}.

# Nơi nhận

- Ban Tổ chức Thành ủy;
* Lưu VPĐU.

## Số liệu đối chiếu

Số liệu trong bản viết tay:

- I | {{members.total}} | 05
- I | members.total|pad | 13
`;

describe('parseReportMarkdown', () => {
  it('reads the front matter, the outline, footnotes, recipients and declared figures', () => {
    const parsed = parseReportMarkdown(FRONT + BODY);
    expect(parsed.issues).toEqual([]);
    const template = parsed.data;
    expect(template?.header).toEqual({
      superior: 'Đảng bộ thành phố Hải Phòng',
      committee: 'Đảng ủy phường Mẫu',
      symbol: { number: 12, type: 'BC', issuer: 'ĐU' },
      place: 'Hải Phòng',
      date: '2026-03-20',
    });
    expect(template?.signature).toEqual({
      authority: 'T/M BAN THƯỜNG VỤ',
      position: 'PHÓ BÍ THƯ',
      name: 'Trần Văn Mẫu',
    });
    expect(template?.preamble).toBe('Theo yêu cầu của cấp trên, Ban Thường vụ báo cáo như sau:');
    expect(template?.parts[0]?.sections?.[0]?.subsections?.[0]?.number).toBe('1.1.');
    expect(template?.recipients).toEqual(['- Ban Tổ chức Thành ủy;', '- Lưu VPĐU.']);
    expect(template?.declared).toEqual([
      { section: 'I', placeholder: 'members.total', stated: '05' },
      { section: 'I', placeholder: 'members.total|pad', stated: '13' },
    ]);
    const built = buildReport(template as NonNullable<typeof template>, smallStats());
    expect(built.errors).toEqual([]);
    expect(built.mismatches).toHaveLength(2);
    expect(built.model.footnotes[0]?.runs.map((run) => run.text).join('')).toBe(
      'Số liệu đến ngày 01/3/2026.',
    );
  });

  it('accepts English field names, a BOM, CRLF and NFD text', () => {
    const text =
      `\uFEFF${FRONT.replace('Người ký', 'signer').replace('Cấp ủy', 'Cấp ủy'.normalize('NFD'))}${BODY}`.replace(
        /\n/gu,
        '\r\n',
      );
    const parsed = parseReportMarkdown(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.data?.header.committee).toBe('Đảng ủy phường Mẫu');
  });

  it('lists every problem with its line, and gives no template', () => {
    const text = `---
Cấp trên: Đảng bộ thành phố Hải Phòng
Ngày: 31/02/2026
Số: mười
Chức vụ: Chủ tịch
linh tinh
---
## 2. Không có phần

# Không số

# Nơi nhận
- Ban Tổ chức Thành ủy;
`;
    const parsed = parseReportMarkdown(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.data).toBeUndefined();
    const lines = parsed.issues.map((issue) => issue.line);
    expect(lines).toEqual(expect.arrayContaining([3, 4, 5, 6, 8, 10]));
    const text0 = parsed.issues.map((issue) => issue.message.vi).join('\n');
    expect(text0).toMatch(/thiếu "Cấp ủy"/u);
    expect(text0).toMatch(/thiếu "Người ký"/u);
    expect(text0).toMatch(/Lưu VPĐU/u);
    expect(text0).toMatch(/Trích yếu/u);
  });

  it('lays the text into the NQ 21 outline with "Mẫu: nq21", and refuses a heading outside it', () => {
    const text = `${FRONT.replace('---\n', '---\nMẫu: nq21\n')}
# I.
Phường có {{members.total}} đảng viên.
# II.
## 2.
### 2.1. Tên do mẫu đặt
Tình hình đảng viên.
# Nơi nhận
- Lưu VPĐU.
`;
    const parsed = parseReportMarkdown(text);
    expect(parsed.issues).toEqual([]);
    const members = parsed.data?.parts[1]?.sections?.[1]?.subsections?.[0];
    expect(members?.title).toBe('Đội ngũ đảng viên');
    expect(members?.text).toBe('Tình hình đảng viên.\n\n{{table:members.composition}}');
    const bad = parseReportMarkdown(text.replace('### 2.1.', '### 2.9.'));
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((issue) => issue.message.en).join()).toMatch(/II\.2\.9/u);
  });
});
