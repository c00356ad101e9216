/** `metric`: LIX over the whole draft, with a limit per platform. */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
import { flagged, packWith, single } from './support';

const rule = { id: 'test.lix', kind: 'metric', metric: 'lix', max: 40, minWords: 15, message: 'LIX {value}, högst {limit}.' };
const pack = packWith([rule, { id: 'test.lix-x', kind: 'metric', metric: 'lix', max: 40, maxByPlatform: { x: 60 }, minWords: 15, message: 'x' }]);
const lixOnly = { only: 'test.lix' };

/**
 * One Swedish sentence of 20 words of which `long` have more than six letters: LIX = 20 + 5 × long.
 * The short words are Swedish function words, so that the draft is read as Swedish.
 */
function sentenceWithLongWords(long: number): string {
  const short = ['vi', 'och', 'det', 'att', 'som'];
  const words = [...Array(long).fill('förvaltningen'), ...Array.from({ length: 20 - long }, (_, i) => short[i % short.length]!)];
  return `${words.join(' ')}.`;
}

const capitalised = (text: string) => text[0]!.toUpperCase() + text.slice(1);

describe('metric (LIX): what it catches', () => {
  it('a draft over the limit: the whole draft, with the value rounded and the limit', () => {
    const text = sentenceWithLongWords(5); // 20 + 25 = 45
    const finding = single(pack, text, lixOnly);
    expect(finding).toMatchObject({ ruleId: 'test.lix', category: 'plain-language', severity: 'warning', start: 0, end: text.length, suggestions: [] });
    expect(finding.message).toBe('LIX 45, högst 40.');
  });

  it('uses the platform\'s own limit where the pack sets one', () => {
    const text = sentenceWithLongWords(6); // 50
    expect(flagged(pack, text, { only: 'test.lix-x', platform: 'facebook' })).toHaveLength(1);
    expect(flagged(pack, text, { only: 'test.lix-x', platform: 'youtube' })).toHaveLength(1);
    expect(flagged(pack, text, { only: 'test.lix-x', platform: 'x' })).toEqual([]);
    expect(flagged(pack, sentenceWithLongWords(9), { only: 'test.lix-x', platform: 'x' })).toHaveLength(1); // 65
  });

  it('the built-in rule: the standard band, over 50 is hard, measured from 40 words', () => {
    const bas = builtinPack('bas');
    const twoSentences = (long: number) => `${sentenceWithLongWords(long)} ${capitalised(sentenceWithLongWords(long))}`;
    const hard = twoSentences(7); // 40 words in two sentences: 20 + 35 = 55
    expect(single(bas, hard, { only: 'bas.lix' }).message).toBe(
      'Texten är svårläst (LIX 55; över 50 räknas som svår text). Skriv kortare meningar och enklare ord.',
    );
    expect(single(bas, hard, { only: 'bas.lix', platform: 'x' }).message).toContain('LIX 55');
    // At the limit, and one ordinary sentence however many long words: sentence length judges those.
    expect(flagged(bas, twoSentences(6), { only: 'bas.lix' })).toEqual([]);
    expect(flagged(bas, sentenceWithLongWords(9), { only: 'bas.lix' })).toEqual([]);
  });
});

describe('metric (heavy words): a short text packed with very long words', () => {
  const bas = builtinPack('bas');
  const only = { only: 'bas.tunga-ord' };

  it('catches a short text where over a third of the words have more than twelve letters', () => {
    const text = 'Socialförvaltningens kvalitetsutvecklingsarbete omfattar verksamhetsuppföljning och kompetensförsörjning.';
    expect(single(bas, text, only).message).toContain('67 %'); // 4 of 6 words
  });

  it('leaves alone two or fewer heavy words, long texts (LIX judges them) and ordinary compounds', () => {
    expect(flagged(bas, 'Samhällsbyggnadsförvaltningen och kommunfullmäktige ses i dag.', only)).toEqual([]);
    expect(flagged(bas, 'Vi bygger en ny återvinningscentral vid Industrigatan. Den öppnar i maj och har öppet alla dagar.', only)).toEqual([]);
    const long = `${'Kvalitetsutvecklingsarbetet verksamhetsuppföljningen kompetensförsörjningen. '.repeat(14)}`;
    expect(flagged(bas, long, only)).toEqual([]);
  });
});

describe('metric (LIX): what it leaves alone', () => {
  it('a draft exactly at the limit', () => {
    expect(flagged(pack, sentenceWithLongWords(4), lixOnly)).toEqual([]); // 40
  });

  it('a draft with fewer words than minWords, however hard', () => {
    expect(flagged(pack, 'Kommunfullmäktiges budgetförutsättningar förvaltningsorganisationen.', lixOnly)).toEqual([]);
  });

  it('easy text', () => {
    expect(flagged(pack, 'Nu öppnar badet igen. Vi har öppet varje dag från nio till sju. Välkommen till oss! Ta med en vän.', lixOnly)).toEqual([]);
  });

  it('an empty draft', () => {
    expect(flagged(packWith([{ ...rule, minWords: 1 }]), '')).toEqual([]);
  });
});
