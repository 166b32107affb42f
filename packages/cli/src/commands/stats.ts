import { computeStats, StatsWindow } from '@org/party-core';
import type { Command } from 'commander';
import { EXIT } from '../exitCodes';
import { renderStatsSummary } from '../format/statsSummary';
import { text } from '../i18n';
import {
  addCommand,
  type CommandContext,
  requireWindowOptions,
  terminalWidth,
  windowOptions,
} from './context';
import { loadDataOf } from './store';
import { refuseInvalidData } from './validate';

interface StatsOptions {
  json?: boolean;
  asOf: string;
  from: string;
  store?: string;
  storeVersion?: string;
}

/** `party stats <dataset> --as-of --from`: the figures of the window, as a summary or JSON. */
export function statsCommand(program: Command, context: CommandContext): void {
  const { io, lang } = context;
  const command = addCommand(program, lang, {
    name: 'stats',
    description: 'statsDescription',
    dataset: 'datasetArgument',
    optionalDataset: true,
    usage: 'storeUsage',
    examples: [
      'party stats examples/minimal/dataset.json --as-of 2026-03-01 --from 2025-07-01',
      'party stats du-lieu.json --as-of 2026-03-01 --from 2025-07-01 --json > so-lieu.json',
      'party stats --store .party --as-of 2026-03-01 --from 2025-07-01',
    ],
    exitCodes: true,
  });
  requireWindowOptions(command, lang)
    .option('--json', text(lang, 'statsJsonOption'))
    .option('--store <dir>', text(lang, 'storeOption'))
    .option('--store-version <n>', text(lang, 'storeVersionOption'))
    .action(async (path: string | undefined, options: StatsOptions) => {
      const window = windowOptions(StatsWindow, options);
      const result = await loadDataOf(path, options, window.asOf, context);
      if (!result.ok) {
        refuseInvalidData(context, path ?? '', result, 'statsNeedsValidData');
        return;
      }
      const stats = computeStats(result.data, window);
      io.stdout.write(
        options.json
          ? `${JSON.stringify(stats, null, 2)}\n`
          : renderStatsSummary(stats, lang, terminalWidth(io)),
      );
      context.setExit(EXIT.ok);
    });
}
