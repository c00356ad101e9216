/**
 * A Vite plugin that gives the extension build the engine's franc models (franc-models.mjs): only
 * the languages the engine asks about, each cut to its most frequent trigrams. The command line, the
 * scripts and the unit tests get the same models through a Node loader hook (franc-node.mjs).
 */
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { francDataModule, isFrancData } from './franc-models.mjs';

export function francSubset(): Plugin {
  return {
    name: 'policyvakt:franc-subset',
    async load(id) {
      if (!isFrancData(id)) return null;
      const { data } = (await import(`${pathToFileURL(id.replace(/\?.*$/, '')).href}?policyvakt-original`)) as {
        data: Record<string, Record<string, string>>;
      };
      return francDataModule(data);
    },
  };
}
