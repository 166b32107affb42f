import { extname, resolve } from 'node:path';
import { writeTemplateCsvFolder, writeTemplateWorkbook } from '@org/party-import';
import type { Command } from 'commander';
import { EXIT } from '../exitCodes';
import { text } from '../i18n';
import { addCommand, type CommandContext } from './context';

/** `party template -o <file.xlsx | folder>`: writes the empty data-entry template. */
export function templateCommand(program: Command, context: CommandContext): void {
  const { io, lang } = context;
  addCommand(program, lang, {
    name: 'template',
    description: 'templateDescription',
    usage: 'templateUsage',
    examples: ['party template -o mau-du-lieu.xlsx', 'party template -o mau-csv/'],
  })
    .requiredOption('-o, --output <path>', text(lang, 'templateOutputOption'))
    .option('--force', text(lang, 'forceOption'))
    .action(async (options: { output: string; force?: boolean }) => {
      const target = resolve(io.cwd, options.output);
      const overwrite = { overwrite: options.force === true };
      if (extname(target).toLowerCase() === '.xlsx') {
        await writeTemplateWorkbook(target, overwrite);
      } else {
        await writeTemplateCsvFolder(target, overwrite);
      }
      io.stdout.write(`${text(lang, 'templateWritten', { path: options.output })}\n`);
      context.setExit(EXIT.ok);
    });
}
