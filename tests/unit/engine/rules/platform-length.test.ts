/** `platform-length`: the draft must fit the platform, counted the way the platform counts. */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
import { flagged, packWith, single } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.plattformslangd' };
const onX = { ...only, platform: 'x' as const };

describe('platform-length on X (280, weighted)', () => {
  it('280 Latin characters fit; 281 do not, and the finding covers what does not fit', () => {
    expect(flagged(bas, 'a'.repeat(280), onX)).toEqual([]);
    const text = 'a'.repeat(281);
    const finding = single(bas, text, onX);
    expect(finding).toMatchObject({ ruleId: 'bas.plattformslangd', category: 'platform', severity: 'error', start: 280, end: 281, suggestions: [] });
    expect(finding.message).toBe('Texten är för lång för plattformen: 281 tecken, högst 280.');
  });

  it('Swedish letters count 1', () => {
    expect(flagged(bas, 'åäö'.repeat(93) + 'é', onX)).toEqual([]);
  });

  it('a link counts 23, however long: a 300-character draft with a long link fits', () => {
    const link = `https://www.hofors.se/nyheter/${'simhallen-'.repeat(20)}`;
    const text = `Läs mer om ombyggnaden av simhallen här: ${link} Välkommen!`;
    expect(text.length).toBeGreaterThan(280);
    expect(flagged(bas, text, onX)).toEqual([]);
  });

  it('the text around a link still counts: 257 characters + a link of 23 fit, one more does not', () => {
    const link = `https://falun.se/${'x'.repeat(100)}`;
    expect(flagged(bas, `${'a'.repeat(256)} ${link}`, onX)).toEqual([]);
    const over = `${'a'.repeat(257)} ${link}`;
    const finding = single(bas, over, onX);
    // The link is what passes the limit: the finding starts at the link.
    expect(finding.start).toBe(258);
    expect(finding.end).toBe(over.length);
    expect(finding.message).toContain('281 tecken');
  });

  it('a bare domain counts as a link too', () => {
    // Five labels of 60 letters: over 280 characters as text, 23 as a link.
    const long = `${Array.from({ length: 5 }, () => 'kommunen'.repeat(7).slice(0, 60)).join('.')}.se`;
    expect(long.length).toBeGreaterThan(280);
    expect(flagged(bas, `Se ${long} nu.`, onX)).toEqual([]);
  });

  it('an emoji counts 2: 140 fit, 141 do not', () => {
    const emoji = '\u{1F600}';
    expect(flagged(bas, emoji.repeat(140), onX)).toEqual([]);
    const text = emoji.repeat(141);
    const finding = single(bas, text, onX);
    expect([finding.start, finding.end]).toEqual([280, 282]);
    expect(finding.message).toContain('282 tecken');
  });

  it('an emoji ZWJ sequence counts 2 as a whole', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(flagged(bas, family.repeat(140), onX)).toEqual([]);
    expect(flagged(bas, family.repeat(141), onX)).toEqual([family]);
  });

  it('CJK characters count 2', () => {
    expect(flagged(bas, '漢'.repeat(140), onX)).toEqual([]);
    expect(flagged(bas, '漢'.repeat(141), onX)).toEqual(['漢']);
  });
});

describe('platform-length on Facebook and YouTube (characters)', () => {
  it('YouTube: 10 000 characters, an emoji is one character', () => {
    expect(flagged(bas, 'a'.repeat(10_000), { ...only, platform: 'youtube' })).toEqual([]);
    expect(flagged(bas, '\u{1F600}'.repeat(10_000), { ...only, platform: 'youtube' })).toEqual([]);
    const finding = single(bas, 'a'.repeat(10_001), { ...only, platform: 'youtube' });
    expect([finding.start, finding.end]).toEqual([10_000, 10_001]);
  });

  it('Facebook: a link counts in full and the X limit does not apply', () => {
    const text = `${'a'.repeat(300)} https://falun.se/${'x'.repeat(300)}`;
    expect(flagged(bas, text, { ...only, platform: 'facebook' })).toEqual([]);
    expect(flagged(bas, 'a'.repeat(63_206), { ...only, platform: 'facebook' })).toEqual([]);
    expect(flagged(bas, 'a'.repeat(63_207), { ...only, platform: 'facebook' })).toEqual(['a']);
  });

  it('a platform without a limit in the pack is not measured', () => {
    const pack = packWith([{ kind: 'platform-length', category: 'platform', limits: { x: 10 } }]);
    expect(flagged(pack, 'a'.repeat(50), { platform: 'facebook' })).toEqual([]);
    expect(flagged(pack, 'a'.repeat(11), { platform: 'x' })).toEqual(['a']);
  });
});

describe('platform-length offsets', () => {
  it('point into the original text when invisible characters are dropped', () => {
    const pack = packWith([{ kind: 'platform-length', category: 'platform', limits: { facebook: 10 } }]);
    const text = `\u200B${'a'.repeat(11)}`;
    const finding = single(pack, text);
    expect([finding.start, finding.end]).toEqual([10, 12]);
  });

  it('also apply to drafts in another language', () => {
    const text = `The library will be closed on Monday because of the holiday. ${'Welcome back on Tuesday! '.repeat(10)}`;
    expect(flagged(bas, text, onX)).toHaveLength(1);
  });
});
