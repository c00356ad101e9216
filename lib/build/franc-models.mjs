/**
 * The language models the engine uses, everywhere it runs: franc's trigram models of the languages
 * the engine asks about (lib/engine/franc-languages.json), each cut to its most frequent trigrams.
 * franc ships 300 trigrams for each of 187 languages and parses them all when it loads; the engine
 * always calls it with `only`, so the other languages can never be chosen, and the 150 most
 * frequent trigrams tell these languages apart as well as 300 (measured on sentences from a
 * municipality's channels in twenty languages; Swedish is never lost; on the project's 4,800
 * labelled drafts every finding is the same as with 200). They are a fifth of a content script. The extension build (a Vite
 * plugin) and the command line, the scripts and the unit tests (a Node loader hook) all load these
 * same models, so they judge a draft's language alike.
 */
import FRANC_TO_BCP47 from '../engine/franc-languages.json' with { type: 'json' };

/** How many of each language's trigrams, most frequent first, the engine keeps. */
export const FRANC_TRIGRAMS = 150;

const LANGUAGES = Object.keys(FRANC_TO_BCP47);

/** franc's `data.js` module source, holding only the kept languages and trigrams. */
export function francDataModule(data) {
  const kept = {};
  for (const [script, languages] of Object.entries(data)) {
    const subset = {};
    for (const [code, model] of Object.entries(languages)) {
      if (LANGUAGES.includes(code)) subset[code] = model.split('|').slice(0, FRANC_TRIGRAMS).join('|');
    }
    if (Object.keys(subset).length > 0) kept[script] = subset;
  }
  return `export const data = ${JSON.stringify(kept)};`;
}

/** True for the URL or path of franc's trigram data. */
export function isFrancData(id) {
  return /[\\/]node_modules[\\/]franc[\\/]data\.js(?:\?.*)?$/.test(id);
}
