/**
 * `pnpm serve`: the web page on http://127.0.0.1:8787 with the Dương Kinh
 * sample loaded, for one person on this computer. Set `PARTY_TOKEN` (16
 * characters or more) to require a token, and `PORT` to change the port.
 */
import { readFile } from 'node:fs/promises';
import type { ParsedReportTemplate } from '@org/party-core';
import { serve } from '@org/party-web/node';
import { DATA, WINDOW, WORKBOOK_FILE } from './config';
import { readSampleNarrative, SampleError } from './report';

let template: ParsedReportTemplate;
try {
  template = await readSampleNarrative();
} catch (error) {
  if (!(error instanceof SampleError)) throw error;
  process.stderr.write(`${error.message}:\n${error.details.map((d) => `  ${d}`).join('\n')}\n`);
  process.exit(1);
}
const token = process.env.PARTY_TOKEN;

const port = Number(process.env.PORT ?? 8787);
const server = await startServer();

async function startServer() {
  try {
    return await serve({
      port,
      hostname: '127.0.0.1',
      // The page proposes the sample's dates: 01/3/2026, movements from 01/7/2025.
      window: { ...WINDOW },
      // Local single-user use: no token unless PARTY_TOKEN is set.
      auth: token ? { token } : { disabled: true },
      sample: {
        fileName: WORKBOOK_FILE,
        bytes: async () => new Uint8Array(await readFile(DATA.xlsx)),
      },
      template,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      process.stderr.write(
        `Cổng ${port} đang được dùng. Hãy chạy lại với một cổng khác, ví dụ PORT=8788.\n`,
      );
      process.exit(1);
    }
    throw error;
  }
}
process.stdout.write(
  `Trang web của bộ công cụ đang chạy tại ${server.url}\nMở địa chỉ này trong trình duyệt; bấm Ctrl+C để dừng.\n`,
);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
