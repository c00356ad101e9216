/**
 * Sentence boundaries for Swedish social-media text. A sentence ends at . ! ? or …, except after an
 * abbreviation (t.ex., bl.a., dvs., kl.) or an initial ("A. Berg"), and before a lower-case word
 * ("ca. 20 platser" style slips; an ellipsis before one is a pause). Posts also use line breaks as sentence breaks: a blank line always
 * ends a sentence, a single line break does unless the next line continues in lower case. In posts an
 * emoji often stands where the full stop would ("Ny översiktsplan 🗺️ Planen visar …"): an emoji after
 * a word and before a capitalised word ends the sentence too.
 */
import { SWEDISH_ABBREVIATIONS } from './abbreviations';
import type { Token } from './tokenize';

export interface Sentence {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

const TERMINAL = /^[.!?…]+$/;
const LOWER_START = /^\p{Ll}/u;
const UPPER_SINGLE = /^\p{Lu}$/u;
const ELLIPSIS = /^(?:\.{2,}|…+)$/u;

function endsSentence(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.type !== 'punct' || !TERMINAL.test(token.text)) return false;
  const next = tokens[i + 1];
  if (token.text === '.') {
    const previous = tokens[i - 1];
    if (previous && previous.end === token.start && previous.type === 'word') {
      if (SWEDISH_ABBREVIATIONS.has(`${previous.text.toLowerCase()}.`)) return false;
      if (UPPER_SINGLE.test(previous.text)) return false;
    }
    if (next && next.newlinesBefore === 0 && next.type === 'word' && LOWER_START.test(next.text)) return false;
  }
  // An ellipsis before a lower-case word is a pause, not a stop: "Intressant teori… men nej".
  if (ELLIPSIS.test(token.text) && next && next.newlinesBefore === 0 && next.type === 'word' && LOWER_START.test(next.text)) return false;
  return true;
}

function breaksAtLine(token: Token): boolean {
  if (token.newlinesBefore >= 2) return true;
  if (token.newlinesBefore === 1) return !(token.type === 'word' && LOWER_START.test(token.text));
  return false;
}

export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (endToken: number) => {
    if (endToken > first) {
      sentences.push({
        start: tokens[first]!.start,
        end: tokens[endToken - 1]!.end,
        firstToken: first,
        endToken,
      });
    }
    first = endToken;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (i > first && breaksAtLine(tokens[i]!)) close(i);
    if (i > first && emojiStop(tokens, i)) {
      close(i);
      continue;
    }
    if (isListSeparator(tokens, i)) {
      // "Måndag 6–20 / Tisdag 6–20 / …": items of a list, each its own sentence.
      close(i + 1);
      continue;
    }
    if (endsSentence(tokens, i)) {
      // Closing quotes, brackets and emoji right after the stop belong to the same sentence.
      let end = i + 1;
      while (end < tokens.length && tokens[end]!.newlinesBefore === 0 && isTrailer(tokens[end]!)) end++;
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

const UPPER_START = /^\p{Lu}/u;
const LIST_SEPARATORS = new Set(['/', '|', '•', '·', '▪']);

/** A "/", "|" or bullet standing alone between spaces separates the items of a list. */
function isListSeparator(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.type !== 'punct' || !LIST_SEPARATORS.has(token.text)) return false;
  const previous = tokens[i - 1];
  const next = tokens[i + 1];
  return (previous === undefined || previous.end < token.start) && (next === undefined || next.start > token.end);
}

/** Token i is a capitalised word after a run of emoji that follows a word: "plan 🗺️ Planen". */
function emojiStop(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  if (token.type !== 'word' || !UPPER_START.test(token.text)) return false;
  let k = i - 1;
  while (k >= 0 && tokens[k]!.type === 'emoji') k--;
  if (k === i - 1 || k < 0) return false;
  const before = tokens[k]!;
  return before.type === 'word' || before.type === 'number' || before.type === 'hashtag' || before.type === 'url';
}

function isTrailer(token: Token): boolean {
  return token.type === 'emoji' || (token.type === 'punct' && /^["')\]»]$/.test(token.text));
}
