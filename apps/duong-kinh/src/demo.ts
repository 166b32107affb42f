/**
 * `pnpm demo`: rebuilds the interim review of Resolution 21-NQ/TW of the
 * Dương Kinh ward from its data and narrative, writes it as DOCX, HTML and
 * Markdown into `out/`, and prints where the files are, the key figures,
 * the findings (figures the handwritten report states that the data does
 * not give), what falls due in the next three months; then keeps the data
 * in a register (`out/.party`) with a changed second month, and prints the
 * difference between the two versions.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  type Dataset,
  figureLabelIn,
  fillNarrative,
  formatDateVi,
  parseCalendarDate,
} from '@org/party-core';
import { docxRenderer } from '@org/party-docx';
import { htmlRenderer, markdownRenderer } from '@org/party-preview';
import { describeDiff } from '@org/party-store';
import { classificationSummary, writeClassificationReports } from './classificationReports';
import { DATASET, OUT_DIR, WINDOW } from './config';
import { dueSoon, dueSummary } from './due';
import { registerTwoMonths } from './register';
import { buildSampleReport, SampleError } from './report';

const write = (line = '') => process.stdout.write(`${line}\n`);

const dateVi = (iso: string | null) => {
  const date = iso === null ? undefined : parseCalendarDate(iso);
  return date === undefined ? '-' : formatDateVi(date);
};
const count = (n: number) => n.toLocaleString('vi-VN');

/** Keeps the data and a changed second month in a register and prints their difference. */
async function printRegister(dataset: Dataset, cwd: string): Promise<void> {
  const dir = join(OUT_DIR, '.party');
  const now = new Date();
  const later = new Date(now.getTime() + 1000);
  const { versions, diff } = await registerTwoMonths(dataset, dir, [
    now.toISOString(),
    later.toISOString(),
  ]);
  write(`Sổ lưu trữ (${relative(cwd, dir)}), hai lần nhập:`);
  for (const v of versions) {
    write(
      `  Phiên bản ${v.id}: ${count(v.counts.members ?? 0)} đảng viên, ${count(v.counts.organizations ?? 0)} tổ chức, dữ liệu ngày ${dateVi(v.dataDate)}`,
    );
  }
  write('Khác biệt giữa phiên bản 1 và 2:');
  for (const line of describeDiff(diff)) write(`  ${line}`);
  const flagged = versions.flatMap((v) => v.flags);
  write(
    flagged.length === 0
      ? '  Không đảng viên nào biến mất khỏi danh sách mà không có biến động.'
      : `  Cảnh báo: ${flagged.length} đảng viên biến mất khỏi danh sách mà không có biến động.`,
  );
}

async function main(): Promise<number> {
  const started = performance.now();
  const { imported, report } = await buildSampleReport();
  const { stats } = report;
  await mkdir(OUT_DIR, { recursive: true });
  const files: string[] = [];
  for (const renderer of [docxRenderer, htmlRenderer, markdownRenderer]) {
    const file = join(OUT_DIR, `bao-cao.${renderer.extension}`);
    await writeFile(file, await renderer.render(report.model));
    files.push(file);
  }
  const classification = imported.ok
    ? await writeClassificationReports(imported.data, OUT_DIR, WINDOW.asOf)
    : [];
  const figure = (path: string) => fillNarrative(`{{${path}}}`, stats).text;
  // pnpm runs the script in the app's folder; show paths from where the user typed the command.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  write(
    'Báo cáo sơ kết Nghị quyết 21-NQ/TW của Đảng bộ phường Dương Kinh đã được lập lại từ dữ liệu.',
  );
  write();
  write('Tệp đã ghi:');
  for (const file of files) write(`  ${relative(cwd, file)}`);
  write();
  if (classification.length > 0) {
    write('Báo cáo kết quả xếp loại chất lượng, lập từ dữ liệu (tệp xep-loai):');
    for (const written of classification) {
      for (const line of classificationSummary(written, relative(cwd, written.file))) write(line);
    }
    write();
  }
  write(`Số liệu chính (đến ngày ${figure('asOf')}, biến động từ ngày ${figure('from')}):`);
  write(`  Tổ chức đảng trực thuộc: ${figure('organizations.direct')}`);
  write(`  Đảng viên: ${figure('members.total')} (nữ ${figure('members.gender.female.percent')})`);
  write(
    `  Biến động: đầu kỳ ${figure('movements.opening')}, kết nạp ${figure('movements.admitted')}, chuyển đến ${figure('movements.transferredIn')}, chuyển đi ${figure('movements.transferredOut')}, xóa tên ${figure('movements.struckOff|pad')}, từ trần ${figure('movements.deceased|pad')} → cuối kỳ ${figure('movements.closing')} (tăng thực ${figure('movements.net')})`,
  );
  write();
  if (report.mismatches.length === 0) {
    write('Phát hiện: mọi số liệu nêu trong báo cáo viết tay đều khớp với dữ liệu.');
  } else {
    write(
      `Phát hiện: ${report.mismatches.length} chỗ trong báo cáo viết tay khác với dữ liệu hoặc danh mục văn bản:`,
    );
    for (const m of report.mismatches) {
      const where =
        m.context === undefined
          ? figureLabelIn(m.placeholder.split('|')[0] ?? m.placeholder, 'vi')
          : `“${m.context}”`;
      const source = m.kind === 'citation' ? 'danh mục văn bản ghi' : 'dữ liệu cho';
      write(
        `  - Mục ${m.section}, ${where}: báo cáo ghi ${m.stated}, ${source} ${m.computed} (${m.how.vi}).`,
      );
    }
  }
  write();
  if (imported.ok) {
    for (const line of dueSummary(dueSoon(imported.data, WINDOW.asOf), relative(cwd, DATASET))) {
      write(line);
    }
    write();
  }
  await printRegister(imported.data, cwd);
  write();
  write(
    `Xong trong ${((performance.now() - started) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây.`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof SampleError) {
      process.stderr.write(`${error.message}:\n${error.details.map((d) => `  ${d}`).join('\n')}\n`);
      process.exitCode = 1;
      return;
    }
    process.stderr.write(
      `Lỗi ngoài dự kiến: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
