import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { definePlugin, selectRenderers } from './renderer';

const markdown = definePlugin({
  format: 'md',
  mediaType: 'text/markdown; charset=utf-8',
  extension: 'md',
  render: (model) => new TextEncoder().encode(`# ${model.documentType}\n`),
});
const html = definePlugin({
  format: 'html',
  mediaType: 'text/html; charset=utf-8',
  extension: 'html',
  render: async () => new TextEncoder().encode('<!doctype html>'),
});

describe('renderer plugins', () => {
  it('returns the plugin unchanged, typed as declared', () => {
    expect(markdown.format).toBe('md');
    expect(markdown.extension).toBe('md');
  });

  it('refuses a malformed declaration', () => {
    expect(() =>
      definePlugin({
        format: 'Word Doc',
        mediaType: 'x/y',
        extension: 'doc',
        render: () => new Uint8Array(),
      }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      definePlugin({ format: 'doc', mediaType: 'x/y', extension: 'doc', render: 'no' as never }),
    ).toThrow(InvalidArgumentError);
  });

  it('selects the requested formats in order, case-insensitively, and names unknown ones', () => {
    expect(selectRenderers([markdown, html], ['HTML', 'md'])).toEqual([html, markdown]);
    expect(() => selectRenderers([markdown], ['docx'])).toThrow(
      'no renderer for format "docx"; installed: md',
    );
  });
});
