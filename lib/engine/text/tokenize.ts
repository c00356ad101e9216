/**
 * Tokens of a social-media draft. URLs, e-mail addresses, @mentions, #hashtags and emoji are single
 * tokens so that no rule reads "www.hofors.se" as three words or counts an emoji as punctuation.
 * Whitespace is not a token; `newlinesBefore` keeps what sentence splitting needs of it.
 */

export type TokenType = 'word' | 'number' | 'url' | 'email' | 'mention' | 'hashtag' | 'emoji' | 'punct';

export interface Token {
  type: TokenType;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** Line breaks between the previous token and this one. */
  newlinesBefore: number;
}

// Top-level domains that make a bare "hofors.se" a link (X and Facebook link them too).
const TLD = '(?:se|nu|com|org|net|eu|fi|no|dk|info|io|gov|edu|de|uk|app|ly|be|me|tv)';
const EMOJI_UNIT = '(?:\\p{Extended_Pictographic}|\\p{Emoji_Presentation})(?:\\uFE0F|\\p{EMod})*';

/** The token pattern, with or without the alternatives that need an "@" or a "." in the run. */
function tokenPattern(email: boolean, bareDomain: boolean): RegExp {
  return new RegExp(
    [
      // URL with scheme or www., up to whitespace; trailing punctuation is trimmed afterwards. A bare
      // domain is at most 253 characters in at most ten labels here, so that a run such as
      // "1-1-1-….se" costs a bounded look per token, not a rescan of the run.
      `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"]+${bareDomain ? `|(?<![\\p{L}\\p{N}@.])[A-Za-z0-9](?:[A-Za-z0-9-]{0,251}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,251}[A-Za-z0-9])?){0,10}\\.${TLD}(?:\\/[^\\s<>"]*)?(?![\\p{L}\\p{N}])` : ''})`,
      // An address's local part is at most 64 characters (RFC 5321).
      ...(email ? [`(?<email>[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}-]{1,63}(?:\\.[\\p{L}\\p{N}-]{1,63}){0,10}\\.\\p{L}{2,24})`] : []),
      `(?<mention>@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])?)`,
      `(?<hashtag>#[\\p{L}\\p{N}_]*\\p{L}[\\p{L}\\p{N}_]*)`,
      // Flags, keycaps and pictographs with modifiers and ZWJ sequences ("👨‍👩‍👧").
      `(?<emoji>\\p{RI}\\p{RI}|[#*0-9]\\uFE0F?\\u20E3|${EMOJI_UNIT}(?:\\u200D${EMOJI_UNIT})*)`,
      // Dotted abbreviations are one word: t.ex., bl.a., fr.o.m.
      `(?<abbr>\\p{L}{1,4}\\.(?:\\p{Ll}{1,4}\\.)+)`,
      `(?<number>\\p{N}+(?:[.,:]\\p{N}+)*)`,
      // Words keep inner hyphens, apostrophes and colons: "e-post", "LVU:s", "S:t".
      `(?<word>[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\p{N}]|['\\-:](?=[\\p{L}\\p{N}]))*)`,
      `(?<punct>[.!?…]+|[^\\s\\p{L}\\p{N}])`,
    ].join('|'),
    'uy',
  );
}

/**
 * An e-mail address needs an "@" and a bare domain a "." in the same run of non-space characters:
 * a run without them is read without trying those alternatives at every token of it.
 */
const TOKEN = [tokenPattern(false, false), tokenPattern(false, true), tokenPattern(true, false), tokenPattern(true, true)];

// Most tokens are plain words followed by a space or a comma: read those without trying the link,
// e-mail and emoji alternatives at every word (a third of a draft's model time). Anything that could
// continue into a link, an address, an abbreviation or a hyphenated word ("hofors.se", "anna@…",
// "t.ex.", "e-post") goes to TOKEN.
const PLAIN_WORD = /[\p{L}\p{M}]+(?=[\s,;!?()"”»]|$)/uy;
const WHITESPACE = /\s/u;

const TRAILING_URL_PUNCTUATION = /[.,!?:;)'"\]]+$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let newlines = 0;
  let runEnd = 0;
  let runAt = false;
  let runDot = false;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (code === 10) newlines++;
    if (code === 32 || code === 10 || code === 9 || code === 13 || (code > 127 && WHITESPACE.test(text[at]!))) {
      at++;
      continue;
    }
    PLAIN_WORD.lastIndex = at;
    const plain = PLAIN_WORD.exec(text);
    if (plain) {
      const end = at + plain[0].length;
      tokens.push({ type: 'word', start: at, end, text: plain[0], newlinesBefore: newlines });
      newlines = 0;
      at = end;
      continue;
    }
    if (at >= runEnd) {
      // The run of non-space characters this token starts: read once, however many tokens it holds.
      runEnd = at;
      runAt = false;
      runDot = false;
      for (; runEnd < text.length && !WHITESPACE.test(text[runEnd]!); runEnd++) {
        const c = text.charCodeAt(runEnd);
        if (c === 64) runAt = true;
        else if (c === 46) runDot = true;
      }
    }
    const pattern = TOKEN[(runAt ? 2 : 0) + (runDot ? 1 : 0)]!;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) {
      // Cannot happen (`punct` takes any other character), but a draft must never break the checker.
      tokens.push({ type: 'punct', start: at, end: at + 1, text: text[at]!, newlinesBefore: newlines });
      newlines = 0;
      at++;
      continue;
    }
    const groups = m.groups!;
    let type: TokenType;
    let value = m[0];
    if (groups.url !== undefined) {
      type = 'url';
      const trimmed = value.replace(TRAILING_URL_PUNCTUATION, '');
      if (trimmed.length < value.length) value = trimmed;
    } else if (groups.email !== undefined) type = 'email';
    else if (groups.mention !== undefined) type = 'mention';
    else if (groups.hashtag !== undefined) type = 'hashtag';
    else if (groups.emoji !== undefined) type = 'emoji';
    else if (groups.abbr !== undefined || groups.word !== undefined) type = 'word';
    else if (groups.number !== undefined) type = 'number';
    else type = 'punct';
    tokens.push({ type, start: at, end: at + value.length, text: value, newlinesBefore: newlines });
    newlines = 0;
    at += value.length;
  }
  return tokens;
}
