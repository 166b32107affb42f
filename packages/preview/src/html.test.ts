import { describe, expect, it } from 'vitest';
import { model } from '../test/sampleModel';
import { htmlRenderer, toHtml } from './html';
import { toMarkdown } from './markdown';

describe('HTML renderer', () => {
  const html = toHtml(model);

  it('matches the golden file', async () => {
    await expect(html).toMatchFileSnapshot('../test/__snapshots__/report.golden.html');
  });

  it('is self-contained and prints on A4 with the Party margins and font', () => {
    expect(html).not.toMatch(/https?:|<link|<script|\ssrc=/u);
    expect(html).toContain('@page { size: A4; margin: 20mm 15mm 20mm 30mm; }');
    expect(html).toContain('font-family: "Times New Roman"');
    expect(html).toContain('<html lang="vi">');
  });

  it('holds the same content as the Markdown, footnotes as linked notes', () => {
    const text = html
      .replace(/<style>[\s\S]*<\/style>/u, '')
      .replace(/<sup>.*?<\/sup>/gu, '')
      .replace(/<\/?span[^>]*>/gu, '')
      .replace(/<[^>]+>/gu, ' ')
      .replace(/&amp;/gu, '&')
      .replace(/\s+/gu, ' ');
    for (const expected of [
      'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
      'ĐẢNG ỦY PHƯỜNG MẪU',
      'Số 07-BC/ĐU',
      'Hải Phòng, ngày 05 tháng 02 năm 2026',
      'tình hình đội ngũ đảng viên',
      'Đến ngày 01/3/2026, Đảng bộ có 03 đảng viên; nữ chiếm 33,3%.',
      'Đảng viên | chính thức',
      'Nơi nhận:',
      'T/M BAN THƯỜNG VỤ',
      'Nguyễn Văn Mẫu',
      'Số liệu của Văn phòng Đảng ủy.',
    ]) {
      expect(text).toContain(expected);
      expect(toMarkdown(model).replace(/\\/gu, '')).toContain(expected);
    }
    expect(html).toContain('<sup><a href="#fn1" id="ref1">1</a></sup></p>');
    expect(html).toContain('<p id="fn1"><a href="#ref1">1</a>.');
  });

  it('escapes text and keeps figures traceable to their placeholder', () => {
    expect(html).toContain('<span class="figure" data-path="members.total">03</span>');
    const tricky = toHtml({ ...model, summary: 'a <b> & "c"' });
    expect(tricky).toContain('a &lt;b&gt; &amp; &quot;c&quot;');
  });

  it('is a renderer plugin giving the same UTF-8 bytes for the same model', async () => {
    expect(htmlRenderer.format).toBe('html');
    expect(new TextDecoder().decode(await htmlRenderer.render(model))).toBe(html);
  });
});
