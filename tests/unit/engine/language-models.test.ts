/**
 * The engine judges a draft's language with the same franc models wherever it runs: the extension
 * build gets them from the Vite plugin, these tests and the command line from a Node loader hook
 * (lib/build/franc-models.mjs). Only the languages the engine asks about are kept, each cut to its
 * most frequent trigrams.
 */
import { data } from 'franc/data.js';
import { describe, expect, it } from 'vitest';
import { FRANC_TRIGRAMS, francDataModule } from '../../../lib/build/franc-models.mjs';
import { FRANC_LANGUAGES } from '../../../lib/engine/language';

describe('the franc models the engine loads', () => {
  it('hold only the languages the engine asks about, each with the kept number of trigrams', () => {
    const models = Object.values(data as Record<string, Record<string, string>>).flatMap((languages) => Object.entries(languages));
    expect(models.length).toBeGreaterThan(20);
    for (const [code, model] of models) {
      expect(FRANC_LANGUAGES, code).toContain(code);
      expect(model.split('|').length, code).toBe(FRANC_TRIGRAMS);
    }
  });

  it('keep the most frequent trigrams, in franc\'s order', () => {
    const source = francDataModule({ Latin: { swe: 'en |er | de|och', xxx: 'a|b' } });
    expect(source).toContain('"swe"');
    expect(source).not.toContain('"xxx"');
    expect(source.startsWith('export const data = ')).toBe(true);
  });
});
