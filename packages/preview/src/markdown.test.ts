import { describe, expect, it } from 'vitest';
import { model } from '../test/sampleModel';
import { markdownRenderer, toMarkdown } from './markdown';

describe('Markdown renderer', () => {
  const text = toMarkdown(model);

  it('matches the golden file', async () => {
    await expect(text).toMatchFileSnapshot('../test/__snapshots__/report.golden.md');
  });

  it('writes the header, the date line and the number the Party way', () => {
    expect(text).toContain('| ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG | **ĐẢNG CỘNG SẢN VIỆT NAM** |');
    expect(text).toContain('| **ĐẢNG ỦY PHƯỜNG MẪU** | |');
    expect(text).toContain('*Hải Phòng, ngày 05 tháng 02 năm 2026*');
    expect(text).toContain('| Số 07-BC/ĐU | |');
    expect(text).toContain('Đảng bộ có 03 đảng viên; nữ chiếm 33,3%.[^1]');
    expect(text).toContain('[^1]: Số liệu của Văn phòng Đảng ủy.');
  });

  it('escapes table pipes and puts the recipients beside the signature', () => {
    expect(text).toContain('| Đảng viên \\| chính thức | 3 |');
    expect(text).toContain('| - Lưu VPĐU. | |');
    expect(text).toContain('| **Nơi nhận:** | **T/M BAN THƯỜNG VỤ** |');
  });

  it('is a renderer plugin giving UTF-8 bytes, the same for the same model', async () => {
    expect(markdownRenderer.format).toBe('md');
    const bytes = await markdownRenderer.render(model);
    expect(new TextDecoder().decode(bytes)).toBe(text);
    expect(await markdownRenderer.render(model)).toEqual(bytes);
  });
});
