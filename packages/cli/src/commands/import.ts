import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InvalidArgumentError, OptionalWindow } from '@org/party-core';
import { writeCanonicalJson } from '@org/party-import';
import type { Command } from 'commander';
import { EXIT } from '../exitCodes';
import { text } from '../i18n';
import { loadDataset } from '../loadDataset';
import { addCommand, type CommandContext, windowOptions } from './context';
import { refuseInvalidData } from './validate';

interface ImportOptions {
  readonly output: string;
  readonly asOf?: string;
  readonly force?: boolean;
}

/** `party import <dataset> -o <file.json>`: writes the canonical JSON of valid data. */
export function importCommand(program: Command, context: CommandContext): void {
  const { io, lang } = context;
  addCommand(program, lang, {
    name: 'import',
    description: 'importDescription',
    dataset: 'importDatasetArgument',
    usage: 'importUsage',
    examples: [
      'party import du-lieu.xlsx -o du-lieu.json',
      'party import thu-muc-csv/ -o du-lieu.json --as-of 2026-03-01',
    ],
    exitCodes: true,
  })
    .requiredOption('-o, --output <file>', text(lang, 'importOutputOption'))
    .option('--as-of <date>', text(lang, 'asOfOption'))
    .option('--force', text(lang, 'forceOption'))
    .action(async (path: string, options: ImportOptions) => {
      const { asOf } = windowOptions(OptionalWindow, { asOf: options.asOf });
      const result = await loadDataset(path, io, lang, asOf);
      if (!result.ok) {
        refuseInvalidData(context, path, result, 'importNeedsValidData');
        return;
      }
      const target = resolve(io.cwd, options.output);
      if (!options.force && existsSync(target)) {
        throw new InvalidArgumentError(text(lang, 'outputExists', { path: options.output }));
      }
      await writeCanonicalJson(target, result.data);
      const count = result.issues.length;
      const written = text(lang, 'importWritten', {
        path: options.output,
        organizations: result.data.organizations.length,
        members: result.data.members.length,
        issues: count ? text(lang, 'importWrittenIssues', { count }) : '',
      });
      io.stdout.write(`${written}\n`);
      context.setExit(EXIT.ok);
    });
}
