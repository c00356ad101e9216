/**
 * A Vite plugin that keeps only the trigram models of the languages Policyvakt asks franc about.
 * franc ships models for 187 languages (240 kB) and parses all of them when it loads; the engine
 * always calls it with `only: FRANC_LANGUAGES`, so the other models can never be chosen. Dropping them
 * changes no result and makes every content script smaller and quicker to start.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { FRANC_LANGUAGES } from '../engine/language';

export function francSubset(): Plugin {
  const dataFile = createRequire(import.meta.url).resolve('franc').replace(/index\.js$/, 'data.js');
  return {
    name: 'policyvakt:franc-subset',
    async load(id) {
      if (id !== dataFile) return null;
      const { data } = (await import(pathToFileURL(dataFile).href)) as { data: Record<string, Record<string, string>> };
      const kept: Record<string, Record<string, string>> = {};
      for (const [script, languages] of Object.entries(data)) {
        const subset = Object.fromEntries(Object.entries(languages).filter(([code]) => FRANC_LANGUAGES.includes(code)));
        if (Object.keys(subset).length > 0) kept[script] = subset;
      }
      return `export const data = ${JSON.stringify(kept)};`;
    },
  };
}
