import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { importDataset } from '../src/importDataset';

// Import of a CSV folder with a large roster: rows per second, the size of
// the file, and the process's peak resident memory, on one line per run.
const dir = mkdtempSync(join(tmpdir(), 'party-import-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function writeRoster(folder: string, members: number): Promise<void> {
  const cells = Math.max(1, Math.ceil(members / 90));
  const orgs = createWriteStream(join(folder, 'to-chuc.csv'));
  orgs.write('Mã,Tên,Loại,Trực thuộc,Loại hình,Sổ tay điện tử\n');
  for (let i = 0; i < cells; i += 1)
    orgs.write(`CB${i},Chi bộ số ${i},Chi bộ trực thuộc,,Tổ dân phố,x\n`);
  orgs.end();
  await once(orgs, 'finish');
  const roster = createWriteStream(join(folder, 'dang-vien.csv'));
  roster.write(
    '\uFEFFMã đảng viên,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Tôn giáo,Ngày vào Đảng,Ngày chính thức,Tổ chức,Trình độ GDPT,Chuyên môn,Lý luận chính trị,Nghề nghiệp,Miễn sinh hoạt,Đi làm ăn xa\n',
  );
  for (let i = 0; i < members; i += 1) {
    const year = 1940 + (i % 60);
    const day = 1 + (i % 28);
    const month = 1 + (i % 12);
    const line = `${100_000_000_000 + i},Nguyễn Văn An,${day}/${month}/${year},${i % 5 < 3 ? 'Nam' : 'Nữ'},Kinh,Không,${day}/${month}/${year + 25},${day}/${month}/${year + 26},CB${i % cells},12/12,Đại học,Sơ cấp,Hưu trí,,\n`;
    if (!roster.write(line)) await once(roster, 'drain');
  }
  roster.end();
  await once(roster, 'finish');
}

describe('importDataset, CSV folder', () => {
  // The national roster (5.6 million rows, a 665 MB file, about 2.5 minutes)
  // runs with PARTY_BENCH_NATIONAL=1.
  const sizes = process.env.PARTY_BENCH_NATIONAL
    ? [250_000, 1_000_000, 5_600_000]
    : [250_000, 1_000_000];
  for (const members of sizes) {
    const folder = join(dir, String(members));
    bench(
      `${members.toLocaleString('en')} members`,
      async () => {
        const start = performance.now();
        const result = await importDataset(folder, { asOf: '2026-03-01' });
        const seconds = (performance.now() - start) / 1000;
        const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
        process.stdout.write(
          `\n[import] ${members.toLocaleString('en')} rows (${mb(statSync(join(folder, 'dang-vien.csv')).size)} CSV) in ${seconds.toFixed(2)} s = ${Math.round(members / seconds).toLocaleString('en')} rows/s; ok=${result.ok}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}\n`,
        );
      },
      {
        iterations: 1,
        warmupIterations: 0,
        time: 0,
        warmupTime: 0,
        setup: async () => {
          const { mkdirSync } = await import('node:fs');
          mkdirSync(folder, { recursive: true });
          await writeRoster(folder, members);
        },
      },
    );
  }
});
