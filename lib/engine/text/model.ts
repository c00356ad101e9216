/**
 * The text model every rule shares: built once per lint() call, so that no rule re-tokenises.
 */
import { normalize, toOriginalSpan, type Normalized } from './normalize';
import { findQuotations, insideSpans, type Span } from './quotes';
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
  /** Quotations (the marks excluded), in order. */
  quotations: Span[];
  /** Maps a span of the normalised text to the original text. */
  toOriginal(start: number, end: number): [number, number];
  /** Index of the sentence that holds offset `offset` (or the nearest one before it); -1 before the first. */
  sentenceAt(offset: number): number;
  /** Index of the first token that ends after `offset` (tokens.length when none does). */
  tokenAt(offset: number): number;
  /** True when [start, end) is inside quotation marks: someone else's words, a title, a word mentioned. */
  quoted(start: number, end: number): boolean;
}

export function buildTextModel(original: string): TextModel {
  const normalized: Normalized = normalize(original);
  const tokens = tokenize(normalized.text);
  const sentences = splitSentences(tokens);
  const sentenceOf = new Uint32Array(tokens.length);
  sentences.forEach((sentence, index) => sentenceOf.fill(index, sentence.firstToken, sentence.endToken));
  const quotations = findQuotations(normalized.text);
  return {
    original,
    text: normalized.text,
    tokens,
    lower: tokens.map((token) => token.text.toLowerCase()),
    sentences,
    sentenceOf,
    quotations,
    toOriginal: (start, end) => toOriginalSpan(normalized, start, end),
    sentenceAt: (offset) => {
      let lo = 0;
      let hi = sentences.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (sentences[mid]!.start <= offset) {
          found = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      return found;
    },
    tokenAt: (offset) => {
      let lo = 0;
      let hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid]!.end <= offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
    quoted: (start, end) => insideSpans(quotations, start, end),
  };
}

/** Words as LIX and the sentence-length rules count them: running text, not links or emoji. */
export function isWord(token: Token): boolean {
  return token.type === 'word' || token.type === 'number' || token.type === 'hashtag';
}
