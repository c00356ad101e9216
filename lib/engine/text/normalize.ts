/**
 * Normalisation that never loses an offset. Drafts pasted into Facebook or X carry zero-width
 * characters, non-breaking spaces, typographic dashes and decomposed letters (a + U+030A instead of
 * å). Rules work on the normalised text; every finding is mapped back to UTF-16 offsets into the
 * text exactly as the editor holds it.
 */

export interface Normalized {
  /** The text the rules read. */
  text: string;
  /**
   * originalStart[i] / originalEnd[i]: the span of the original text that produced text[i].
   * Null when normalisation changed nothing (the common case: no copy, no mapping).
   */
  originalStart: Uint32Array | null;
  originalEnd: Uint32Array | null;
  originalLength: number;
}

// Characters that are invisible in editors; dropped so that "per\u200Bsonnummer" reads as one word.
// Soft hyphen (U+00AD) too: it only marks where a word may break.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u200E\u200F]/;
// Zero-width (non-)joiners are dropped only outside emoji: inside an emoji sequence they are part of it.
const JOINER = /[\u200C\u200D]/;
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\uFE0F\p{EMod}]$/u;

/** Same-length replacements: one UTF-16 unit for one. */
const REPLACEMENTS: Record<string, string> = {
  '\u00A0': ' ', // no-break space
  '\u2007': ' ', // figure space
  '\u2009': ' ', // thin space
  '\u200A': ' ', // hair space
  '\u202F': ' ', // narrow no-break space (French-style and in some phone numbers)
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-', // figure dash (in phone numbers)
  '\u2013': '-', // en dash: "070–123 45 67", "811218–9876"
  '\u2014': '-', // em dash
  '\u2212': '-', // minus sign
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};

const NEEDS_WORK = /[\u200B-\u200F\u2060\uFEFF\u00AD\u00A0\u2007\u2009\u200A\u202F\u2002\u2003\u2010-\u2014\u2212\u2018\u2019\u02BC\u201C-\u201E\u00AB\u00BB\u0300-\u036F]/;

/** Combining diacritics used with Latin letters (U+0300–U+036F): a + U+030A is å, o + U+0308 is ö. */
const isCombiningDiacritic = (code: number) => code >= 0x300 && code <= 0x36f;

export function normalize(original: string): Normalized {
  if (!NEEDS_WORK.test(original)) {
    return { text: original, originalStart: null, originalEnd: null, originalLength: original.length };
  }
  const length = original.length;
  const out: string[] = [];
  const starts = new Uint32Array(length);
  const ends = new Uint32Array(length);
  let n = 0;
  const push = (ch: string, start: number, end: number) => {
    out.push(ch);
    starts[n] = start;
    ends[n] = end;
    n++;
  };

  let i = 0;
  while (i < length) {
    const code = original.charCodeAt(i);
    const ch = original[i]!;
    if (code < 0xa0) {
      // ASCII and C1: nothing to do unless a combining diacritic follows (handled below).
      if (i + 1 >= length || !isCombiningDiacritic(original.charCodeAt(i + 1))) {
        push(ch, i, i + 1);
        i++;
        continue;
      }
    } else if (INVISIBLE.test(ch)) {
      i++;
      continue;
    } else if (JOINER.test(ch)) {
      if (EMOJI_BEFORE_JOINER.test(original.slice(Math.max(0, i - 2), i))) push(ch, i, i + 1);
      i++;
      continue;
    } else {
      const replacement = REPLACEMENTS[ch];
      if (replacement !== undefined) {
        push(replacement, i, i + 1);
        i++;
        continue;
      }
    }
    // A base letter followed by combining diacritics: compose (NFC) when that yields one character.
    let j = i + 1;
    while (j < length && isCombiningDiacritic(original.charCodeAt(j))) j++;
    if (j > i + 1) {
      const composed = original.slice(i, j).normalize('NFC');
      if (composed.length === 1) push(composed, i, j);
      else for (let k = i; k < j; k++) push(original[k]!, k, k + 1);
      i = j;
      continue;
    }
    push(ch, i, i + 1);
    i++;
  }
  return {
    text: out.join(''),
    originalStart: starts.subarray(0, n),
    originalEnd: ends.subarray(0, n),
    originalLength: length,
  };
}

/** Maps a span [start, end) of the normalised text back to the original text. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  if (!n.originalStart || !n.originalEnd) return [start, end];
  const len = n.text.length;
  const origStart = start < len ? n.originalStart[start]! : n.originalLength;
  const origEnd = end > start ? n.originalEnd[end - 1]! : origStart;
  return [origStart, origEnd];
}
