/**
 * LIX = words / sentences + 100 × long words / words (long: more than six letters), checked against
 * the external check values in tests/reference/testdata/check-values.json (Sparv, sv.wikipedia).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/engine/lint';
import { countLix, lixFromCounts } from '../../../lib/engine/readability';
import { buildTextModel } from '../../../lib/engine/text/model';
import { builtinPack } from '../../../lib/packs/builtin';

interface LixCase {
  words?: number;
  sentences?: number;
  long_words?: number;
  text_sentences?: string[];
  expected: number | 'NaN' | 'inf';
  note: string;
}

const checkValues = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../reference/testdata/check-values.json'), 'utf8'),
) as { lix: { cases: LixCase[] } };
const cases = checkValues.lix.cases;

function expectLix(value: number, expected: LixCase['expected']) {
  if (expected === 'NaN') expect(value).toBeNaN();
  else if (expected === 'inf') expect(value).toBe(Number.POSITIVE_INFINITY);
  else expect(value).toBeCloseTo(expected, 2);
}

const lintLix = (text: string) => lint(text, { pack: builtinPack('bas'), platform: 'facebook', account: 'official' }).lix;

describe('LIX check values (tests/reference/testdata/check-values.json)', () => {
  it('has cases of both kinds to check', () => {
    expect(cases.filter((c) => c.text_sentences).length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.words !== undefined).length).toBeGreaterThan(0);
  });

  const fromCounts = cases.filter((c) => c.words !== undefined);
  it.each(fromCounts.map((c) => [c.note, c] as const))('from counts: %s', (_note, c) => {
    expectLix(lixFromCounts({ words: c.words!, sentences: c.sentences!, longWords: c.long_words ?? 0 }), c.expected);
  });

  const fromText = cases.filter((c) => c.text_sentences);
  describe.each(fromText.map((c) => [c.note, c] as const))('from text: %s', (_note, c) => {
    const sentences = c.text_sentences!;
    const expectedWords = sentences.join(' ').split(/\s+/).length;
    const expectedLong = sentences.join(' ').split(/\s+/).filter((word) => word.match(/\p{L}/gu)!.length > 6).length;

    it.each([
      ['full stops and line breaks', `${sentences.join('.\n')}.`],
      ['capitalised sentences after full stops', sentences.map((s) => `${s[0]!.toUpperCase()}${s.slice(1)}.`).join(' ')],
      ['exclamation marks', `${sentences.join('! ')}!`],
    ])('written with %s', (_how, text) => {
      const counts = countLix(buildTextModel(text));
      expect(counts).toEqual({ words: expectedWords, sentences: sentences.length, longWords: expectedLong });
      expectLix(lixFromCounts(counts), c.expected);
      // lint() reports the same value, rounded for display.
      expect(lintLix(text)).toBeCloseTo(c.expected as number, 1);
    });
  });
});

describe('what counts as a word and a long word', () => {
  it('punctuation, links, mentions and emoji are not words; numbers and hashtags are', () => {
    const counts = countLix(buildTextModel('Läs mer på falun.se, @falukommun \u{1F600} #Falun 2024!'));
    // Läs, mer, på, #Falun, 2024
    expect(counts).toEqual({ words: 5, sentences: 1, longWords: 0 });
  });

  it('a long word has more than six letters; digits and hyphens are not letters', () => {
    const counts = countLix(buildTextModel('Välkommen kommun abc1234 e-post e-postadress sexton.'));
    // Välkommen (9 letters) and e-postadress (11 letters) are long; kommun (6) and abc1234 (3) are not.
    expect(counts).toEqual({ words: 6, sentences: 1, longWords: 2 });
  });

  it('counts decomposed letters once (the text is normalised first)', () => {
    const counts = countLix(buildTextModel('Ma\u030Andagen'));
    expect(counts.longWords).toBe(1);
    expect(countLix(buildTextModel('ma\u030Andag')).longWords).toBe(0);
  });

  it('gives a known value for a short text', () => {
    // 8 words, 2 sentences, 2 long (simhallen, renoveringen): 4 + 25 = 29.
    expect(lintLix('Nu öppnar simhallen. Den är klar efter renoveringen.')).toBe(29);
  });
});

describe('empty text', () => {
  it.each([[''], ['   \n  '], ['\u{1F600} https://falun.se !!!']])('%j has no LIX', (text) => {
    const counts = countLix(buildTextModel(text));
    expect(counts).toEqual({ words: 0, sentences: 0, longWords: 0 });
    expect(lixFromCounts(counts)).toBeNaN();
    expect(lintLix(text)).toBeNull();
  });
});
