/**
 * Quotations in a draft: ”Er berättelse, vår historia”, a title from 1952, a commenter's words. What
 * stands inside quotation marks is not the writer's own wording, so the rules about how the writer
 * writes (du-tilltal, klarspråk, tone) leave it alone; personal data and sekretess count wherever
 * they stand. Normalisation has already turned ” “ „ « » into ", and ’ ‘ into '.
 */

export interface Span {
  /** Offsets into the normalised text, the quotation marks excluded. */
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Pairs of double quotes, left to right, within one paragraph (an unclosed quote ends at a blank
 * line). Single quotes count only where they cannot be an apostrophe: opening after a space or at
 * the start, closing before a space, punctuation or the end.
 */
export function findQuotations(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  let openSingle = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 && text.charCodeAt(i + 1) === 10) {
      open = -1;
      openSingle = -1;
    } else if (ch === 34 /* " */) {
      openSingle = -1;
      if (open < 0) open = i + 1;
      else {
        if (i > open) spans.push({ start: open, end: i });
        open = -1;
      }
    } else if (ch === 39 /* ' */ && open < 0) {
      const before = i === 0 ? ' ' : text[i - 1]!;
      const after = i + 1 < text.length ? text[i + 1]! : ' ';
      if (openSingle < 0) {
        if (!LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) openSingle = i + 1;
      } else if (LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) {
        spans.push({ start: openSingle, end: i });
        openSingle = -1;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when [start, end) lies inside one of the (sorted, non-overlapping) spans. Binary search. */
export function insideSpans(spans: readonly Span[], start: number, end: number): boolean {
  // The last span that starts at or before `start`.
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && end <= spans[found]!.end;
}
