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

  it('the built-in rule: 45 in general, 50 on X', () => {
    const bas = builtinPack('bas');
    const text = sentenceWithLongWords(6); // 50
    expect(single(bas, text, { only: 'bas.lix' }).message).toBe(
      'Texten är svårläst (LIX 50, högst 45 rekommenderas här). Skriv kortare meningar och enklare ord.',
    );
    expect(flagged(bas, text, { only: 'bas.lix', platform: 'x' })).toEqual([]);
    expect(single(bas, sentenceWithLongWords(7), { only: 'bas.lix', platform: 'x' }).message).toContain('LIX 55, högst 50');
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
