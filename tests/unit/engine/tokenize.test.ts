/**
 * Links, addresses, mentions, hashtags and emoji are single tokens: no rule may read "falun.se" as
 * two words, count an emoji as punctuation, or flag a word inside a link.
 */
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../lib/engine/text/model';
import { tokenize, type TokenType } from '../../../lib/engine/text/tokenize';

const pairs = (text: string) => tokenize(text).map((token) => [token.type, token.text]);

/** The one token of `type` in `text`, checked to cover exactly `expected`. */
function tokenOf(text: string, type: TokenType, expected: string) {
  const tokens = tokenize(text).filter((token) => token.type === type);
  expect(tokens.map((token) => token.text), `${type} tokens of ${JSON.stringify(text)}`).toEqual([expected]);
  const token = tokens[0]!;
  expect(text.slice(token.start, token.end)).toBe(expected);
  return token;
}

describe('links', () => {
  it.each([
    ['Läs mer på falun.se i dag.', 'falun.se'],
    ['Läs mer på Falun.se i dag.', 'Falun.se'],
    ['Se hofors.se/kontakt för mer.', 'hofors.se/kontakt'],
    ['Gå till www.hofors.se nu.', 'www.hofors.se'],
    ['Gå till www.falun.se/kontakt, tack.', 'www.falun.se/kontakt'],
    ['Anmälan: https://www.hofors.se/nyheter/2024/simhallen?id=3&x=y#karta nu', 'https://www.hofors.se/nyheter/2024/simhallen?id=3&x=y#karta'],
    ['http://example.com/a-b_c', 'http://example.com/a-b_c'],
    ['Ny sida: e-tjanster.falun.se', 'e-tjanster.falun.se'],
  ])('%j has the link %j as one token', (text, link) => {
    tokenOf(text, 'url', link);
  });

  it('leaves the full stop, comma or bracket after a link outside it', () => {
    expect(pairs('Se falun.se.')).toEqual([['word', 'Se'], ['url', 'falun.se'], ['punct', '.']]);
    expect(pairs('(se https://falun.se/kontakt), sedan')).toEqual([
      ['punct', '('], ['word', 'se'], ['url', 'https://falun.se/kontakt'], ['punct', ')'], ['punct', ','], ['word', 'sedan'],
    ]);
  });

  it('does not make a link of a word with a full stop before an unknown ending', () => {
    expect(pairs('Klart.Nu')).not.toContainEqual(['url', 'Klart.Nu']);
    expect(tokenize('Vi ses i morgon.Hej').some((token) => token.type === 'url')).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['Mejla kommun@hofors.se i dag.', 'kommun@hofors.se'],
    ['Mejla informationsavdelningen@falun.se.', 'informationsavdelningen@falun.se'],
    ['Skriv till anna.berg@falun.se!', 'anna.berg@falun.se'],
    ['Skriv till förnamn.efternamn@hofors.se', 'förnamn.efternamn@hofors.se'],
  ])('%j has the address %j as one token, not a link', (text, address) => {
    tokenOf(text, 'email', address);
    expect(tokenize(text).some((token) => token.type === 'url')).toBe(false);
  });
});

describe('mentions and hashtags', () => {
  it('@mentions, including dots and underscores inside', () => {
    tokenOf('Tack @falu_kommun!', 'mention', '@falu_kommun');
    tokenOf('Hej @Anna.Berg. Välkommen.', 'mention', '@Anna.Berg');
  });

  it('#hashtags, including Swedish letters and digits', () => {
    tokenOf('Vi ses på #Hoforsbadet2024 i sommar.', 'hashtag', '#Hoforsbadet2024');
    tokenOf('Snart är det #midsommarafton!', 'hashtag', '#midsommarafton');
    tokenOf('Så fint #åäö.', 'hashtag', '#åäö');
  });

  it('a # before a bare number is not a hashtag', () => {
    expect(tokenize('Ärende #2024').some((token) => token.type === 'hashtag')).toBe(false);
  });
});

describe('emoji', () => {
  it.each([
    ['a ZWJ family', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'],
    ['a flag', '\u{1F1F8}\u{1F1EA}'],
    ['a thumb with skin tone', '\u{1F44D}\u{1F3FD}'],
    ['a person with skin tone and ZWJ', '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}'],
    ['a heart with variation selector', '\u2764\uFE0F'],
    ['a heart on fire (VS16 + ZWJ)', '\u2764\uFE0F\u200D\u{1F525}'],
    ['the rainbow flag', '\u{1F3F3}\uFE0F\u200D\u{1F308}'],
    ['a keycap', '1\uFE0F\u20E3'],
  ])('%s is one emoji token', (_name, emoji) => {
    const text = `Hej ${emoji} allihop`;
    tokenOf(text, 'emoji', emoji);
    expect(pairs(text)).toEqual([['word', 'Hej'], ['emoji', emoji], ['word', 'allihop']]);
  });

  it('stays one token after normalisation (the text model keeps the joiners)', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const model = buildTextModel(`Familjedag ${family}\u{1F1F8}\u{1F1EA}!`);
    expect(model.tokens.map((token) => [token.type, token.text])).toEqual([
      ['word', 'Familjedag'], ['emoji', family], ['emoji', '\u{1F1F8}\u{1F1EA}'], ['punct', '!'],
    ]);
  });

  it('separates emoji written without spaces from the words around them', () => {
    expect(pairs('Hej\u{1F44B}du')).toEqual([['word', 'Hej'], ['emoji', '\u{1F44B}'], ['word', 'du']]);
  });
});

describe('words, numbers and punctuation', () => {
  it('keeps dotted abbreviations, hyphenated words and colon endings as one word', () => {
    expect(pairs('t.ex. bl.a. m.m. s.k. fr.o.m. e-post LVU:s S:t')).toEqual([
      ['word', 't.ex.'], ['word', 'bl.a.'], ['word', 'm.m.'], ['word', 's.k.'], ['word', 'fr.o.m.'],
      ['word', 'e-post'], ['word', 'LVU:s'], ['word', 'S:t'],
    ]);
  });

  it('reads numbers with inner separators as one number', () => {
    expect(pairs('kl 10:30 kostar 3,5 kr')).toEqual([
      ['word', 'kl'], ['number', '10:30'], ['word', 'kostar'], ['number', '3,5'], ['word', 'kr'],
    ]);
  });

  it('keeps runs of sentence punctuation together', () => {
    expect(pairs('Va?! Nej... Jo!!!')).toEqual([
      ['word', 'Va'], ['punct', '?!'], ['word', 'Nej'], ['punct', '...'], ['word', 'Jo'], ['punct', '!!!'],
    ]);
  });

  it('gives offsets into the text and counts the line breaks before a token', () => {
    const tokens = tokenize('Hej\n\nDu  där');
    expect(tokens.map((token) => [token.text, token.start, token.end, token.newlinesBefore])).toEqual([
      ['Hej', 0, 3, 0], ['Du', 5, 7, 2], ['där', 9, 12, 0],
    ]);
  });

  it('gives no tokens for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('every character outside whitespace is in exactly one token', () => {
  // Plain words take a fast path; whatever could continue into a link, an address or an emoji does not.
  const PIECES = ['ord', 'Åsa', 'e-post', 't.ex.', 'hofors.se', 'anna@falun.se', '@anna', '#snö', '😊', '👨‍👩‍👧', '12', '3,5', ',', '.', '!', '?', '…', '»', '"', '(', ')', ' ', '\n', '\u00a0', 'é', 'café', 'x:e', 'LVU:s'];
  it.each(Array.from({ length: 40 }, (_, seed) => seed))('a draft put together from pieces (%i)', (seed) => {
    let state = seed * 7919 + 1;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    let text = '';
    for (let i = 0; i < 30; i++) text += PIECES[Math.floor(random() * PIECES.length)];
    const tokens = tokenize(text);
    let covered = '';
    let last = 0;
    for (const token of tokens) {
      expect(token.start).toBeGreaterThanOrEqual(last);
      expect(text.slice(last, token.start).trim()).toBe('');
      expect(text.slice(token.start, token.end)).toBe(token.text);
      covered += token.text;
      last = token.end;
    }
    expect(text.slice(last).trim()).toBe('');
    expect(covered).toBe(text.replace(/\s/gu, ''));
  });

  it('words before a comma, a bracket or the end are words; before a full stop or "@" they may be more', () => {
    expect(pairs('Hej, (Åsa) du')).toEqual([['word', 'Hej'], ['punct', ','], ['punct', '('], ['word', 'Åsa'], ['punct', ')'], ['word', 'du']]);
    expect(pairs('besök hofors.se')).toEqual([['word', 'besök'], ['url', 'hofors.se']]);
    expect(pairs('anna@falun.se')).toEqual([['email', 'anna@falun.se']]);
  });

  it('counts line breaks before a plain word', () => {
    expect(tokenize('Hej\n\nDu').map((token) => token.newlinesBefore)).toEqual([0, 2]);
  });
});
