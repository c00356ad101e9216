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

const LETTER = /\p{L}/gu;

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
      if (token.text.length > 6 && (token.text.match(LETTER)?.length ?? 0) > 6) longWords++;
    }
    if (wordsInSentence > 0) sentences++;
    words += wordsInSentence;
  }
  return { words, sentences, longWords };
}
