/**
 * `metric`: a readability measure over the whole draft, with a limit per platform.
 * - `lix`: the LIX index (words per sentence + percentage of words over six letters). It needs some
 *   text: on one or two sentences it mostly measures sentence length, which the sentence-length rule
 *   judges directly, so packs measure it from a sensible length on (the standard bands: over 50 is
 *   "svår").
 * - `heavy-words`: the percentage of very long words (over 12 letters: "verksamhetsplanering",
 *   "infrastrukturinvesteringar"). A short text packed with them is hard to read whatever its LIX;
 *   it takes at least three such words to count.
 */
import { countLix, lixFromCounts } from '../readability';
import { isWord, type TextModel } from '../text/model';
import type { RuleImplementation } from './rule';

/** Words longer than this are heavy. */
const HEAVY_LETTERS = 12;
/** Fewer heavy words than this never make a text heavy, whatever the share. */
const MIN_HEAVY_WORDS = 3;
const LETTER = /\p{L}/gu;

function heavyWords(model: TextModel): { words: number; heavy: number } {
  let words = 0;
  let heavy = 0;
  for (const token of model.tokens) {
    if (!isWord(token)) continue;
    words++;
    if (token.text.length > HEAVY_LETTERS && (token.text.match(LETTER)?.length ?? 0) > HEAVY_LETTERS) heavy++;
  }
  return { words, heavy };
}

export const metric: RuleImplementation<'metric'> = {
  kind: 'metric',
  // LIX counts words and sentences, which every language has; the limits were set for Swedish.
  swedishOnly: true,
  ownWordingOnly: false,
  compile(rule) {
    return ({ model, platform }) => {
      let words: number;
      let value: number;
      if (rule.metric === 'heavy-words') {
        const counts = heavyWords(model);
        words = counts.words;
        value = counts.heavy >= MIN_HEAVY_WORDS ? (100 * counts.heavy) / counts.words : 0;
      } else {
        const counts = countLix(model);
        words = counts.words;
        value = lixFromCounts(counts);
      }
      if (words < rule.minWords || (rule.maxWords !== undefined && words > rule.maxWords)) return [];
      const limit = rule.maxByPlatform[platform] ?? rule.max;
      if (!(value > limit)) return [];
      return [{ start: 0, end: model.text.length, values: { value: Math.round(value), limit } }];
    };
  },
};
