import { computeStats, InvalidArgumentError, StatsWindow } from '@org/party-core';
import type { Command } from 'commander';
import { EXIT } from '../exitCodes';
import { renderStatsSummary } from '../format/statsSummary';
import { text } from '../i18n';
import { loadDataset } from '../loadDataset';
import {
  addCommand,
  type CommandContext,
  requireWindowOptions,
  terminalWidth,
  windowOptions,
} from './context';
import { datasetFromStore } from './store';
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
    usage: 'datasetUsage',
    examples: [
      'party stats examples/minimal/dataset.json --as-of 2026-03-01 --from 2025-07-01',
      'party stats du-lieu.json --as-of 2026-03-01 --from 2025-07-01 --json > so-lieu.json',
    ],
    exitCodes: true,
  });
  requireWindowOptions(command, lang)
    .option('--json', text(lang, 'statsJsonOption'))
    .option('--store <dir>', 'sổ lưu trữ / the store folder (party store)')
    .option('--store-version <n>', 'phiên bản trong sổ / version in the store')
    .action(async (path: string | undefined, options: StatsOptions) => {
      if (path === undefined && !options.store) throw new InvalidArgumentError('dataset / --store');
      const window = windowOptions(StatsWindow, options);
      const result = options.store
        ? {
            ok: true as const,
            data: await datasetFromStore(
              {
                dir: options.store,
                ...(options.storeVersion ? { version: options.storeVersion } : {}),
              },
              window.asOf,
              context,
            ),
            issues: [],
          }
        : await loadDataset(path ?? '', io, lang, window.asOf);
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
