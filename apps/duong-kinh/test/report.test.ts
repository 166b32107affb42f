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
    expect(csv.built.errors).toEqual([]);
    expect(JSON.stringify(csv.built.model)).not.toContain('[[thiếu số liệu');
  });

  it('finds the one figure of the handwritten report the data does not give: +17 against +23', () => {
    expect(csv.built.mismatches).toEqual([
      expect.objectContaining({
        section: 'II.2.1',
        placeholder: 'movements.net',
        stated: '+17',
        computed: '23',
        reason: 'different',
      }),
    ]);
    const how = csv.built.mismatches[0]?.how.vi ?? '';
    expect(how).toContain('kết nạp và chuyển đến trừ chuyển đi');
    expect(csv.stats.movements.admitted + csv.stats.movements.transferredIn).toBe(79);
    expect(
      csv.stats.movements.transferredOut +
        csv.stats.movements.struckOff +
        csv.stats.movements.deceased,
    ).toBe(56);
  });

  it('renders the same Markdown as the golden file', async () => {
    await expect(toMarkdown(csv.built.model)).toMatchFileSnapshot(
      './__snapshots__/bao-cao.golden.md',
    );
  });

  it('gives the same report from the workbook as from the CSV folder', async () => {
    const xlsx = await buildSampleReport(DATA.xlsx);
    expect(xlsx.built.model).toEqual(csv.built.model);
    expect(xlsx.built.mismatches).toEqual(csv.built.mismatches);
  }, 60_000);

  it('renders a DOCX with the header, the summary, the tables and the signature', async () => {
    const files = unzipSync(await docxRenderer.render(csv.built.model));
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
});
