/** `occurrence`: too many words (or characters, or matches) in a sentence or in the draft. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../../lib/engine/lint';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single } from './support';

const rule = { id: 'test.langd', kind: 'occurrence', severity: 'info', message: '{value} ord, högst {limit}.', max: 5 };
const words = packWith([rule]);

describe('occurrence: words per sentence', () => {
  it('flags the sentence that is too long, with its offsets and the count in the message', () => {
    const text = 'Ett två tre fyra fem sex. Kort mening här.';
    const finding = single(words, text);
    expect(finding).toMatchObject({ ruleId: 'test.langd', category: 'plain-language', severity: 'info', start: 0, end: 25, suggestions: [] });
    expect(text.slice(finding.start, finding.end)).toBe('Ett två tre fyra fem sex.');
    expect(finding.message).toBe('6 ord, högst 5.');
  });

  it('flags each long sentence on its own', () => {
    const text = 'Ett två tre fyra fem sex! Kort. Sju åtta nio tio elva tolv tretton?';
    expect(flagged(words, text)).toEqual(['Ett två tre fyra fem sex!', 'Sju åtta nio tio elva tolv tretton?']);
  });

  it('leaves a sentence of exactly the limit alone', () => {
    expect(flagged(words, 'Ett två tre fyra fem. Sex sju åtta nio tio.')).toEqual([]);
  });

  it('does not count links, mentions, e-mail addresses, emoji or punctuation as words', () => {
    expect(flagged(words, 'Läs mer på https://falun.se/a, @falukommun kommun@falun.se \u{1F600} \u{1F600} – nu!')).toEqual([]);
  });

  it('counts numbers and hashtags as words', () => {
    expect(flagged(words, 'Vi har 20 platser #Falun #sommar.')).toEqual(['Vi har 20 platser #Falun #sommar.']);
  });

  it('does not end a sentence at an abbreviation', () => {
    expect(flagged(words, 'Vi har t.ex. bibliotek och simhall.')).toEqual(['Vi har t.ex. bibliotek och simhall.']);
  });

  it('the built-in rule: sentences over 35 words are a warning', () => {
    // Independent writers, asked what is hard to read, let sentences of 31–35 words pass.
    const bas = builtinPack('bas');
    const long = `${'ord '.repeat(36).trim()}.`;
    const finding = single(bas, long, { only: 'bas.meningslangd' });
    expect(finding).toMatchObject({ category: 'plain-language', severity: 'warning', start: 0, end: long.length });
    expect(finding.message).toContain('36 ord');
    expect(flagged(bas, `${'ord '.repeat(35).trim()}.`, { only: 'bas.meningslangd' })).toEqual([]);
  });

  it('the items of a list separated by a lone slash are not one long sentence', () => {
    const bas = builtinPack('bas');
    const hours = 'Öppettider: Måndag 8–16 / Tisdag 8–16 / Onsdag 8–19 / Torsdag 8–16 / Fredag 8–15 / Lördag 10–14 / Söndag stängt';
    expect(flagged(bas, hours, { only: 'bas.meningslangd' })).toEqual([]);
  });
});

describe('occurrence: other units and scopes', () => {
  it('words in the whole draft', () => {
    const pack = packWith([{ ...rule, scope: 'text', max: 6 }]);
    expect(findings(pack, 'Ett två tre. Fyra fem sex. Sju.').map((f) => [f.start, f.end])).toEqual([[0, 31]]);
    expect(flagged(pack, 'Ett två tre. Fyra fem sex.')).toEqual([]);
  });

  it('characters per sentence', () => {
    const pack = packWith([{ ...rule, unit: 'characters', max: 10 }]);
    expect(flagged(pack, 'Kort rad. En längre mening.')).toEqual(['En längre mening.']);
    expect(flagged(pack, 'Tio tecken')).toEqual([]);
  });

  it('matches of a pattern', () => {
    const pack = packWith([{ ...rule, scope: 'text', pattern: '#\\p{L}+', max: 2, message: '{value} hashtaggar' }]);
    const text = 'Sommar #falun #bad #glass';
    expect(single(pack, text).message).toBe('3 hashtaggar');
    expect(flagged(pack, 'Sommar #falun #bad')).toEqual([]);
  });

  it('also runs on drafts in another language', () => {
    const text = 'The library will be closed on Monday because of the holiday and we will open again on Tuesday morning.';
    expect(lint(text, { pack: words, platform: 'facebook', account: 'official' }).language).toBe('en');
    expect(flagged(words, text)).toEqual([text]);
  });
});
