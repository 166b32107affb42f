import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DueList } from '@org/party-core';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { runInProcess as run } from './runInProcess';

const MINIMAL = 'examples/minimal/dataset.json';
const YEAR = ['--from', '2026-01-01', '--until', '2026-12-31'];

// The minimal example, from its data (examples/minimal/dataset.json):
// - DV006 admitted 2/9/2025, probationary: probation ends 2/9/2025 + 12 months
//   = 2/9/2026; the recognition deadline is 30 working days later: 3/9 (1st,
//   after the 1–2/9 holiday), then 4, 7–11, 14–18, 21–25, 28–30/9, 1–2, 5–9,
//   12–14/10 → 14/10/2026.
// - DV011 admitted 27/7/1996: 30 years on 27/7/2026; the next occasion is 2/9/2026.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'party-due-'));
});

describe('party due', () => {
  it('prints a table with Vietnamese labels and dd/mm/yyyy dates', async () => {
    const { code, stdout, stderr } = await run(['due', MINIMAL, ...YEAR]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Việc đến hạn từ ngày 01/01/2026 đến ngày 31/12/2026: 3 việc.');
    expect(stdout).toMatch(/02\/09\/2026 {2}Hết thời hạn dự bị +DV006 +CB-TDP2/u);
    expect(stdout).toMatch(/02\/09\/2026 {2}Xét tặng huy hiệu Đảng +DV011/u);
    expect(stdout).toMatch(/14\/10\/2026 {2}Hạn xét công nhận đảng viên chính thức +DV006/u);
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run(['due', MINIMAL, ...YEAR, '--lang', 'en']);
    expect(stdout).toContain('Due from 01/01/2026 to 31/12/2026: 3 items.');
    expect(stdout).toContain('Recognition deadline');
  });

  it('never prints member names', async () => {
    const data = JSON.parse(readFileSync(new URL(`../../../${MINIMAL}`, import.meta.url), 'utf8'));
    const names: string[] = data.members.map((m: { fullName: string }) => m.fullName);
    for (const format of ['table', 'json', 'csv', 'ics']) {
      const { stdout } = await run(['due', MINIMAL, ...YEAR, '--format', format]);
      for (const name of names) expect(stdout, `${format} ${name}`).not.toContain(name);
    }
  });

  it('prints the core list with --json', async () => {
    const { code, stdout } = await run(['due', MINIMAL, ...YEAR, '--json']);
    expect(code).toBe(0);
    const list = DueList.parse(JSON.parse(stdout));
    expect(list.items.map((item) => [item.date, item.kind])).toEqual([
      ['2026-09-02', 'probation-end'],
      ['2026-09-02', 'party-badge'],
      ['2026-10-14', 'recognition-deadline'],
    ]);
  });

  it('writes CSV with a BOM and Vietnamese headers', async () => {
    const { stdout } = await run(['due', MINIMAL, ...YEAR, '--format', 'csv']);
    expect(stdout.startsWith('\uFEFFNgày,Loại việc,Mã loại,')).toBe(true);
    expect(stdout.split('\r\n')).toHaveLength(5);
  });

  it('writes XLSX with -o', async () => {
    const file = join(dir, 'viec-den-han.xlsx');
    const { code, stdout } = await run(['due', MINIMAL, ...YEAR, '-o', file]);
    expect(code).toBe(0);
    expect(stdout).toContain('3 việc');
    const zip = unzipSync(new Uint8Array(readFileSync(file)));
    const strings = strFromU8(zip['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('Hạn xét công nhận đảng viên chính thức');
    expect(strings).toContain('02/09/2026');
  });

  it('writes an ICS that a second library reads: one event per item, reminders ahead', async () => {
    const file = join(dir, 'viec-den-han.ics');
    const { code } = await run(['due', MINIMAL, ...YEAR, '-o', file]);
    expect(code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);
    const byCategory = new Map(
      events.map((event) => [String(event.getFirstPropertyValue('categories')), event]),
    );
    const probation = byCategory.get('probation-end');
    expect(String(probation?.getFirstPropertyValue('dtstart'))).toBe('2026-09-02');
    const triggers = probation
      ?.getAllSubcomponents('valarm')
      .map(
        (alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86400,
      );
    // 90, 60, 30, 15 and 7 days before.
    expect(triggers).toEqual([-90, -60, -30, -15, -7]);
    const deadline = byCategory.get('recognition-deadline');
    expect(String(deadline?.getFirstPropertyValue('dtstart'))).toBe('2026-10-14');
    expect(new Set(events.map((e) => String(e.getFirstPropertyValue('uid')))).size).toBe(3);
    // RFC 5545 durations: a `T` must be followed by a time (`P90DT` is not valid).
    expect(readFileSync(file, 'utf8')).not.toMatch(/P\d+[WD]?T\r?\n/u);
    expect(String(probation?.getFirstPropertyValue('dtend'))).toBe('2026-09-03');
  });

  it('gives the same calendar on every run (no clock)', async () => {
    const a = await run(['due', MINIMAL, ...YEAR, '--format', 'ics']);
    const b = await run(['due', MINIMAL, ...YEAR, '--format', 'ics']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('DTSTAMP:20260101T000000Z');
  });

  it('writes the badge proposal list of an occasion as DOCX and XLSX', async () => {
    const docx = join(dir, 'danh-sach.docx');
    const result = await run(['due', MINIMAL, '--badges', '2026-09-02', '-o', docx]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 đảng viên đề nghị tặng huy hiệu Đảng dịp 02/09/2026');
    const document = strFromU8(
      unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml'] ?? new Uint8Array(),
    );
    expect(document).toContain('DANH SÁCH');
    for (const header of [
      'STT',
      'Họ và tên',
      'Ngày sinh',
      'Ngày vào Đảng',
      'Tuổi đảng',
      'Chi bộ',
    ]) {
      expect(document).toContain(header);
    }
    expect(document).toContain('27/07/1996');
    expect(document).toContain('30 năm');

    const xlsx = join(dir, 'danh-sach.xlsx');
    expect((await run(['due', MINIMAL, '--badges', '2026-09-02', '-o', xlsx])).code).toBe(0);
    const strings = strFromU8(
      unzipSync(new Uint8Array(readFileSync(xlsx)))['xl/sharedStrings.xml'] ?? new Uint8Array(),
    );
    expect(strings).toContain('Tuổi đảng');
    expect(strings).toContain('27/07/1996');
  });

  describe('congress terms (nhiệm kỳ đại hội)', () => {
    // The minimal example with two congress dates (data contract §4.6):
    // - CB-THCS, a grassroots cell, congress 16/6/2021: 5 years (Điều lệ Đảng,
    //   Điều 22) → the term ends 16/6/2026; preparation from 6 months before,
    //   16/12/2025;
    // - DB-YT, a grassroots committee, congress 20/8/2020: 5 years → ended
    //   20/8/2025, before the window: overdue.
    let withCongress: string;
    beforeAll(() => {
      const data = JSON.parse(
        readFileSync(new URL(`../../../${MINIMAL}`, import.meta.url), 'utf8'),
      ) as { organizations: { code: string; congressOn?: string }[] };
      for (const org of data.organizations) {
        if (org.code === 'CB-THCS') org.congressOn = '2021-06-16';
        if (org.code === 'DB-YT') org.congressOn = '2020-08-20';
      }
      withCongress = join(dir, 'dai-hoi.json');
      writeFileSync(withCongress, JSON.stringify(data));
    });

    it('lists them in the table, with the regulation and how the date was computed', async () => {
      const { code, stdout } = await run(['due', withCongress, ...YEAR]);
      expect(code).toBe(0);
      expect(stdout).toContain('5 việc.');
      expect(stdout).toMatch(/20\/08\/2025 {2}Hết nhiệm kỳ đại hội \(quá hạn\) +DB-YT/u);
      expect(stdout).toMatch(/16\/06\/2026 {2}Hết nhiệm kỳ đại hội +CB-THCS/u);
      // The last column wraps; its continuation lines hold nothing else.
      const flat = (text: string) => text.replace(/\s+/gu, ' ');
      expect(flat(stdout)).toContain(
        'Điều lệ Đảng 2011, Điều 22 and 24: Ngày đại hội 16/06/2021 + 60 tháng; chuẩn bị đại hội từ 16/12/2025',
      );
      const en = await run(['due', withCongress, ...YEAR, '--lang', 'en']);
      expect(en.stdout).toContain('Congress term ends (overdue)');
      expect(flat(en.stdout)).toContain(
        'Last congress 16/06/2021 + 60 months; preparation from 16/12/2025',
      );
    });

    it('gives them in JSON, CSV and the calendar, with reminders from 6 months ahead', async () => {
      const json = DueList.parse(
        JSON.parse((await run(['due', withCongress, ...YEAR, '--json'])).stdout),
      );
      expect(json.counts['congress-term']).toBe(2);
      expect(
        json.items.filter((i) => i.kind === 'congress-term').map((i) => [i.org, i.date, i.overdue]),
      ).toEqual([
        ['DB-YT', '2025-08-20', true],
        ['CB-THCS', '2026-06-16', false],
      ]);
      const csv = (await run(['due', withCongress, ...YEAR, '--format', 'csv'])).stdout;
      expect(csv).toContain('16/06/2026,Hết nhiệm kỳ đại hội,congress-term,Tổ chức đảng,CB-THCS');
      const ics = (await run(['due', withCongress, ...YEAR, '--format', 'ics'])).stdout;
      const calendar = new ICAL.Component(ICAL.parse(ics));
      const event = calendar
        .getAllSubcomponents('vevent')
        .find((e) => String(e.getFirstPropertyValue('uid')).startsWith('congress-term-CB-THCS'));
      expect(String(event?.getFirstPropertyValue('dtstart'))).toBe('2026-06-16');
      const triggers = event
        ?.getAllSubcomponents('valarm')
        .map(
          (alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds() / 86400,
        );
      expect(triggers).toEqual([-180, -90, -30]);
      const file = join(dir, 'dai-hoi.xlsx');
      expect((await run(['due', withCongress, ...YEAR, '-o', file])).code).toBe(0);
      const zip = unzipSync(new Uint8Array(readFileSync(file)));
      const strings = strFromU8(zip['xl/sharedStrings.xml'] ?? new Uint8Array());
      expect(strings).toContain('Hết nhiệm kỳ đại hội');
    });
  });

  it('refuses wrong usage with exit 2 and a message, before reading the data', async () => {
    const existing = join(dir, 'co-san.csv');
    writeFileSync(existing, 'x');
    const cases: [string[], RegExp][] = [
      [['due', MINIMAL], /Cần --from và --until/u],
      [['due', MINIMAL, '--from', '2026-02-30', '--until', '2026-03-01'], /--from “2026-02-30”/u],
      [['due', MINIMAL, '--from', '2026-06-01', '--until', '2026-03-01'], /sau ngày cuối/u],
      [['due', MINIMAL, ...YEAR, '--format', 'xlsx'], /Định dạng xlsx cần -o/u],
      [['due', MINIMAL, ...YEAR, '--format', 'pdf'], /Không biết định dạng “pdf”/u],
      [['due', MINIMAL, ...YEAR, '-o', existing], /đã có/u],
      [['due', MINIMAL, '--badges', '2026-09-03', '-o', join(dir, 'x.docx')], /không phải dịp/u],
      [['due', MINIMAL, '--badges', '2026-09-02'], /cần -o với đuôi \.docx hoặc \.xlsx/u],
    ];
    for (const [argv, message] of cases) {
      const { code, stderr } = await run(argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(message);
    }
  });

  it('refuses data with errors with exit 1', async () => {
    const { code, stderr } = await run(['due', 'packages/cli/test/fixtures/broken.json', ...YEAR]);
    expect(code).toBe(1);
    expect(stderr).toContain('Dữ liệu còn lỗi nên chưa lập danh sách việc đến hạn');
  });

  it('has help with examples and exit codes', async () => {
    const { code, stdout } = await run(['due', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Cách dùng: party due');
    expect(stdout).toContain('--badges 2026-09-02 -o danh-sach.docx');
    expect(stdout).toContain('Mã thoát: 0');
    expect((await run(['--help'])).stdout).toMatch(
      /due \[options\] <dataset> +Liệt kê các việc đến hạn/u,
    );
  });
});
