import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../src/rules/defaultRules';
import { IssueCode } from '../src/validation/issue';
import { ISSUE_MESSAGES } from '../src/validation/messages';

const docs = new URL('../../../docs/', import.meta.url);

describe('documentation', () => {
  const validation = readFileSync(new URL('validation.md', docs), 'utf8');

  it.each(IssueCode.options)('docs/validation.md documents %s under its severity', (code) => {
    const severity = ISSUE_MESSAGES[code].severity;
    const heading = { error: '### Errors', warning: '### Warnings', notice: '### Notices' }[
      severity
    ];
    const section = validation.slice(validation.indexOf(heading));
    const end = section.indexOf('\n### ', 4);
    expect(end === -1 ? section : section.slice(0, end)).toMatch(
      new RegExp(`\\|\\s*\`${code}\`\\s*\\|`, 'u'),
    );
  });

  it('docs/rules.md lists every versioned rule', () => {
    const rules = readFileSync(new URL('rules.md', docs), 'utf8');
    for (const name of Object.keys(defaultRules)) {
      expect(rules).toMatch(new RegExp(`\\|\\s*\`${name}\`\\s*\\|`, 'u'));
    }
  });
});

describe('docs/stats.md', () => {
  const stats = readFileSync(new URL('stats.md', docs), 'utf8');
  it('documents every top-level key of the stats object', async () => {
    const { Stats } = await import('../src/stats/computeStats');
    for (const key of Object.keys(Stats.shape)) {
      expect(stats).toMatch(new RegExp(`\\|\\s*\`${key}\`\\s*\\|`, 'u'));
    }
  });
});
