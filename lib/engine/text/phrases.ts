/**
 * Finding words and phrases from a pack's lists in a draft. Lists hold hundreds of entries (every
 * inflected form of every officialese word), so matching goes token by token through a map keyed by
 * the first word, not through one giant regular expression: time grows with the draft, not the list.
 *
 * A phrase is written as the writer would type it ("i syfte att", "läs på"); a word ending in "*"
 * matches any word that starts with it ("idiot*"). Matching is case-insensitive and stays within
 * one sentence.
 */
import type { TextModel } from './model';
import { tokenize } from './tokenize';

interface PhrasePart {
  text: string;
  prefix: boolean;
}

interface CompiledPhrase<T> {
  parts: PhrasePart[];
  data: T;
}

export interface PhraseMatch<T> {
  firstToken: number;
  endToken: number;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  data: T;
}

export function parsePhrase(phrase: string): PhrasePart[] {
  const tokens = tokenize(phrase.normalize('NFC'));
  const parts: PhrasePart[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const star = tokens[i + 1];
    if (star && star.text === '*' && star.start === token.end) {
      parts.push({ text: token.text.toLowerCase(), prefix: true });
      i++;
    } else {
      parts.push({ text: token.text.toLowerCase(), prefix: false });
    }
  }
  return parts;
}

export class PhraseIndex<T> {
  private readonly exact = new Map<string, CompiledPhrase<T>[]>();
  private readonly prefixed = new Map<string, CompiledPhrase<T>[]>();
  readonly size: number;

  constructor(entries: Iterable<{ phrase: string; data: T }>) {
    let size = 0;
    for (const { phrase, data } of entries) {
      const parts = parsePhrase(phrase);
      const first = parts[0];
      if (!first) continue;
      const compiled = { parts, data };
      const map = first.prefix ? this.prefixed : this.exact;
      const key = first.prefix ? first.text.slice(0, 1) : first.text;
      const bucket = map.get(key);
      if (bucket) bucket.push(compiled);
      else map.set(key, [compiled]);
      size++;
    }
    this.size = size;
  }

  /** Non-overlapping matches, left to right, the longest at each place. */
  find(model: TextModel): PhraseMatch<T>[] {
    const matches: PhraseMatch<T>[] = [];
    if (this.size === 0) return matches;
    const { tokens, lower } = model;
    for (let i = 0; i < tokens.length; i++) {
      let best: CompiledPhrase<T> | undefined;
      const candidates = this.exact.get(lower[i]!);
      if (candidates) best = this.longest(candidates, model, i, best);
      if (this.prefixed.size > 0) {
        const prefixCandidates = this.prefixed.get(lower[i]!.slice(0, 1));
        if (prefixCandidates) best = this.longest(prefixCandidates, model, i, best);
      }
      if (!best) continue;
      const endToken = i + best.parts.length;
      matches.push({
        firstToken: i,
        endToken,
        start: tokens[i]!.start,
        end: tokens[endToken - 1]!.end,
        data: best.data,
      });
      i = endToken - 1;
    }
    return matches;
  }

  private longest(
    candidates: CompiledPhrase<T>[],
    model: TextModel,
    at: number,
    current: CompiledPhrase<T> | undefined,
  ): CompiledPhrase<T> | undefined {
    let best = current;
    const { lower, sentenceOf, tokens } = model;
    for (const candidate of candidates) {
      const length = candidate.parts.length;
      if (best && best.parts.length >= length) continue;
      if (at + length > tokens.length) continue;
      if (sentenceOf[at + length - 1] !== sentenceOf[at]) continue;
      let ok = true;
      for (let k = 0; k < length; k++) {
        const part = candidate.parts[k]!;
        const word = lower[at + k]!;
        if (part.prefix ? !word.startsWith(part.text) : word !== part.text) {
          ok = false;
          break;
        }
      }
      if (ok) best = candidate;
    }
    return best;
  }
}
