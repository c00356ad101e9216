/**
 * The text model every rule shares: built once per lint() call, so that no rule re-tokenises.
 */
import { normalize, toOriginalSpan, type Normalized } from './normalize';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokenize';

export interface TextModel {
  /** The text as the editor holds it. */
  original: string;
  /** The normalised text the rules read; all token and sentence offsets point into it. */
  text: string;
  tokens: Token[];
  /** Lower-cased token texts, index for index with tokens. */
  lower: string[];
  sentences: Sentence[];
  /** sentenceOf[i]: index of the sentence that token i belongs to. */
  sentenceOf: Uint32Array;
  /** Maps a span of the normalised text to the original text. */
  toOriginal(start: number, end: number): [number, number];
}

export function buildTextModel(original: string): TextModel {
  const normalized: Normalized = normalize(original);
  const tokens = tokenize(normalized.text);
  const sentences = splitSentences(tokens);
  const sentenceOf = new Uint32Array(tokens.length);
  sentences.forEach((sentence, index) => sentenceOf.fill(index, sentence.firstToken, sentence.endToken));
  return {
    original,
    text: normalized.text,
    tokens,
    lower: tokens.map((token) => token.text.toLowerCase()),
    sentences,
    sentenceOf,
    toOriginal: (start, end) => toOriginalSpan(normalized, start, end),
  };
}

/** Words as LIX and the sentence-length rules count them: running text, not links or emoji. */
export function isWord(token: Token): boolean {
  return token.type === 'word' || token.type === 'number' || token.type === 'hashtag';
}
