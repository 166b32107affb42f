import { docxRenderer } from '@org/party-docx';
import { toMarkdown } from '@org/party-preview';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA } from '../src/config';
import { buildSampleReport, type SampleReport } from '../src/report';

let csv: SampleReport;

beforeAll(async () => {
  csv = await buildSampleReport(DATA.csv);
}, 60_000);

describe('the Dương Kinh report', () => {
  it('fills every placeholder of the narrative', () => {
    expect(csv.report.errors).toEqual([]);
    expect(JSON.stringify(csv.report.model)).not.toContain('[[thiếu số liệu');
  });

  it('finds the one figure of the handwritten report the data does not give, +17 against +23, and the date of Chỉ thị 50-CT/TW', () => {
    expect(csv.report.mismatches).toEqual([
      expect.objectContaining({
        section: 'II.2.1',
        placeholder: 'movements.net',
        stated: '+17',
        computed: '23',
        reason: 'different',
      }),
      // The seed dates it 20/12/2023; the registry of the rules (domain.md §7) 23/7/2025.
      expect.objectContaining({
        section: 'II.1.3',
        placeholder: '50-CT/TW',
        stated: '20/12/2023',
        computed: '23/7/2025',
        kind: 'citation',
      }),
    ]);
    const how = csv.report.mismatches[0]?.how.vi ?? '';
    expect(how).toContain('kết nạp và chuyển đến trừ chuyển đi');
    expect(csv.report.stats.movements.admitted + csv.report.stats.movements.transferredIn).toBe(79);
    expect(
      csv.report.stats.movements.transferredOut +
        csv.report.stats.movements.struckOff +
        csv.report.stats.movements.deceased,
    ).toBe(56);
  });

  it('renders the same Markdown as the golden file', async () => {
    await expect(toMarkdown(csv.report.model)).toMatchFileSnapshot(
      './__snapshots__/bao-cao.golden.md',
    );
  });

  it('gives the same report from the workbook as from the CSV folder', async () => {
    const xlsx = await buildSampleReport(DATA.xlsx);
    expect(xlsx.report.model).toEqual(csv.report.model);
    expect(xlsx.report.mismatches).toEqual(csv.report.mismatches);
  }, 60_000);

  it('renders a DOCX with the header, the summary, the tables and the signature', async () => {
    const files = unzipSync(await docxRenderer.render(csv.report.model));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    for (const text of [
      'ĐẢNG ỦY PHƯỜNG DƯƠNG KINH',
      'Số 152-BC/ĐU',
      'Dương Kinh, ngày 25 tháng 3 năm 2026',
      'sơ kết việc thực hiện Nghị quyết số 21-NQ/TW',
      'Tổng cộng',
      'PHÓ BÍ THƯ',
    ]) {
      expect(xml, text).toContain(text);
    }
    expect(strFromU8(files['word/footnotes.xml'] as Uint8Array)).toContain('Hướng Dương');
  });

  it('puts the finding into the DOCX as a comment on the net change: stated +17, computed 23', async () => {
    const files = unzipSync(await docxRenderer.render(csv.report.model));
    const comments = strFromU8(files['word/comments.xml'] as Uint8Array);
    const entries = [...comments.matchAll(/<w:comment [^>]*>(.*?)<\/w:comment>/gu)];
    // In reading order: the date of Chỉ thị 50-CT/TW (II.1.3), then the net change (II.2.1).
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry[0]).toContain('w:author="Kiểm tra số liệu"');
    expect((entries[0]?.[1] ?? '').replace(/<[^>]+>/gu, '')).toContain('Dự thảo ghi: 20/12/2023');
    const text = (entries[1]?.[1] ?? '').replace(/<[^>]+>/gu, '');
    expect(text).toContain('Dự thảo ghi: +17');
    expect(text).toContain('Số tính từ dữ liệu: 23');
    expect(text).toContain('Cách tính: kết nạp và chuyển đến trừ chuyển đi');
    // The comment's range holds exactly the figure, in the sentence on the net change.
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const anchor =
      /tăng thực <\/w:t><\/w:r><w:commentRangeStart w:id="1"\/>(.*?)<w:commentRangeEnd w:id="1"\/><w:r><w:commentReference w:id="1"\/><\/w:r><w:r><w:t xml:space="preserve"> đồng chí/u.exec(
        xml,
      );
    expect(anchor?.[1]?.replace(/<[^>]+>/gu, '')).toBe('23');
  });
});
