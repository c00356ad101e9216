/**
 * `tone`: a friendly tone even when the comment is hostile (Hofors 2.5 "Vi ska alltid svara i en
 * trevlig och positiv ton även om ett inlägg är osympatiskt"). Condescending wording from the pack's
 * list, words shouted in capitals, and runs of exclamation marks.
 */
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

/** Capitals shorter than this are usually abbreviations (LSS, LVU, SMS, KOMMUN is not): not shouting. */
const MIN_SHOUTED_WORD = 6;
const MIN_SHOUTED_RUN_LETTERS = 8;
const UPPER_WORD = /^[\p{Lu}\d'\-:]+$/u;
const HAS_LOWER = /\p{Ll}/u;

export const tone: RuleImplementation<'tone'> = {
  kind: 'tone',
  swedishOnly: true,
  compile(rule) {
    const phrases = new PhraseIndex(rule.phrases.map((phrase) => ({ phrase, data: phrase })));
    const tooMany = new RegExp(`!{${rule.maxExclamations + 1},}`, 'u');
    return ({ model }) => {
      const hits: Hit[] = phrases.find(model).map(({ start, end }) => ({ start, end }));
      const { tokens, text } = model;

      if (rule.shouting) {
        // Runs of words in capitals within a sentence: "NI MÅSTE LYSSNA" or one long "FRUKTANSVÄRT".
        for (let i = 0; i < tokens.length; i++) {
          if (!isShoutedWord(tokens[i]!.text, tokens[i]!.type)) continue;
          let j = i;
          let letters = 0;
          while (j < tokens.length && isShoutedWord(tokens[j]!.text, tokens[j]!.type) && model.sentenceOf[j] === model.sentenceOf[i]) {
            letters += tokens[j]!.text.length;
            j++;
          }
          const words = j - i;
          if ((words >= 2 && letters >= MIN_SHOUTED_RUN_LETTERS) || (words === 1 && letters >= MIN_SHOUTED_WORD)) {
            const start = tokens[i]!.start;
            const end = tokens[j - 1]!.end;
            const shouted = text.slice(start, end).toLowerCase();
            hits.push({ start, end, suggestions: [shouted] });
          }
          i = j - 1;
        }
      }

      for (const token of tokens) {
        if (token.type === 'punct' && tooMany.test(token.text)) {
          hits.push({ start: token.start, end: token.end, suggestions: [token.text.replace(/!+/gu, '!')] });
        }
      }
      return hits.sort((a, b) => a.start - b.start);
    };
  },
};

function isShoutedWord(word: string, type: string): boolean {
  return type === 'word' && word.length >= 2 && UPPER_WORD.test(word) && !HAS_LOWER.test(word) && /\p{Lu}/u.test(word);
}
