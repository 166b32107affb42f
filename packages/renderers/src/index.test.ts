import { selectRenderers } from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RENDERERS } from './index';

describe('DEFAULT_RENDERERS', () => {
  it('lists DOCX, HTML and Markdown once each, in that order', () => {
    expect(DEFAULT_RENDERERS.map((renderer) => renderer.format)).toEqual(['docx', 'html', 'md']);
    expect(DEFAULT_RENDERERS.map((renderer) => renderer.extension)).toEqual(['docx', 'html', 'md']);
  });

  it('selects by format with core’s selectRenderers', () => {
    expect(selectRenderers(DEFAULT_RENDERERS, ['md', 'docx']).map((r) => r.format)).toEqual([
      'md',
      'docx',
    ]);
  });
});
