/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence plus the percentage of long words
 * (more than six letters). Counted as Språkbanken's Sparv does: punctuation is not a word.
 */
import { isWord, type TextModel } from './text/model';

export interface LixCounts {
  words: number;
  sentences: number;
  longWords: number;
}

/** NaN for no words and no sentences; Infinity for words without a sentence (Sparv's convention). */
export function lixFromCounts({ words, sentences, longWords }: LixCounts): number {
  if (words === 0 && sentences === 0) return Number.NaN;
  if (words === 0 || sentences === 0) return Number.POSITIVE_INFINITY;
  return words / sentences + (100 * longWords) / words;
}

const LETTER = /\p{L}/u;

/** Letters in a word token, without a regex per character for the usual Latin letters. */
function letters(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) count++;
    } else if (code >= 0xc0 && code < 0x2b0 && code !== 0xd7 && code !== 0xf7) count++;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // An astral character: one letter or none, whichever its code point is.
      if (LETTER.test(String.fromCodePoint(text.codePointAt(k)!))) count++;
      k++;
    } else if (LETTER.test(text[k]!)) count++;
  }
  return count;
}

export function countLix(model: TextModel): LixCounts {
  let words = 0;
  let longWords = 0;
  let sentences = 0;
  for (const sentence of model.sentences) {
    let wordsInSentence = 0;
    for (let i = sentence.firstToken; i < sentence.endToken; i++) {
      const token = model.tokens[i]!;
      if (!isWord(token)) continue;
      wordsInSentence++;
      // Most words are short: only count letters when the token itself is long enough to qualify.
      if (token.text.length > 6 && letters(token.text) > 6) longWords++;
    }
    if (wordsInSentence > 0) sentences++;
    words += wordsInSentence;
  }
  return { words, sentences, longWords };
}
