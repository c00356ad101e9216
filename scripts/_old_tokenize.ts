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

const TOKEN = new RegExp(
  [
    // URL with scheme or www., up to whitespace; trailing punctuation is trimmed afterwards.
    `(?<url>(?:https?:\\/\\/|www\\.)[^\\s<>"]+|(?<![\\p{L}\\p{N}@.])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.${TLD}(?:\\/[^\\s<>"]*)?(?![\\p{L}\\p{N}]))`,
    `(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,})`,
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
  'gu',
);

const TRAILING_URL_PUNCTUATION = /[.,!?:;)'"\]]+$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const groups = m.groups!;
    let type: TokenType;
    let value = m[0];
    if (groups.url !== undefined) {
      type = 'url';
      const trimmed = value.replace(TRAILING_URL_PUNCTUATION, '');
      if (trimmed.length < value.length) {
        value = trimmed;
        TOKEN.lastIndex = m.index + value.length;
      }
    } else if (groups.email !== undefined) type = 'email';
    else if (groups.mention !== undefined) type = 'mention';
    else if (groups.hashtag !== undefined) type = 'hashtag';
    else if (groups.emoji !== undefined) type = 'emoji';
    else if (groups.abbr !== undefined || groups.word !== undefined) type = 'word';
    else if (groups.number !== undefined) type = 'number';
    else type = 'punct';
    let newlines = 0;
    for (let k = last; k < m.index; k++) if (text.charCodeAt(k) === 10) newlines++;
    tokens.push({ type, start: m.index, end: m.index + value.length, text: value, newlinesBefore: newlines });
    last = m.index + value.length;
  }
  return tokens;
}
