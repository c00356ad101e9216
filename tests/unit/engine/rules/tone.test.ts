/** `tone`: a friendly tone: no condescending phrases, no shouting, no runs of exclamation marks. */
import { describe, expect, it } from 'vitest';
import { applyFirstSuggestions } from '../../../../lib/packs/load';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.ton' };

describe('tone: what it catches', () => {
  it('condescending wording, one finding per sentence from its first cue to its last, with no automatic fix', () => {
    const text = 'Läs på innan du skriver.';
    const finding = single(bas, text, only);
    expect(finding).toMatchObject({ ruleId: 'bas.ton', category: 'tone', severity: 'warning', start: 0, end: 23, suggestions: [] });
    expect(finding.message).toBe('Håll en vänlig ton även när inlägget är otrevligt: ”Läs på innan du skriver” kan uppfattas som en tillrättavisning.');
  });

  it('phrases anywhere in the draft, and words given with a star', () => {
    expect(flagged(bas, 'Det är löjligt, sluta gnälla. Ni är idioter.', only)).toEqual(['löjligt, sluta gnälla', 'Ni är idioter']);
  });

  it('a run of words in capitals, with the lower-case text as the fix', () => {
    const text = 'VI HAR REDAN SVARAT PÅ DET.';
    const finding = single(bas, text, only);
    expect([finding.start, finding.end]).toEqual([0, 26]);
    expect(finding.suggestions).toEqual(['vi har redan svarat på det']);
  });

  it('short capital words that together shout ("NI MÅSTE LYSSNA")', () => {
    expect(flagged(bas, 'Hallå, NI MÅSTE LYSSNA på oss.', only)).toEqual(['NI MÅSTE LYSSNA']);
  });

  it('one long word in capitals', () => {
    const text = 'Det här är FRUKTANSVÄRT dåligt.';
    const finding = single(bas, text, only);
    expect(text.slice(finding.start, finding.end)).toBe('FRUKTANSVÄRT');
    expect(finding.suggestions).toEqual(['fruktansvärt']);
  });

  it('more exclamation marks than allowed, fixed to one', () => {
    const text = 'Vi har svarat!!!';
    const finding = single(bas, text, only);
    expect([finding.start, finding.end]).toEqual([13, 16]);
    expect(finding.suggestions).toEqual(['!']);
    expect(applyFirstSuggestions(text, findings(bas, text, only))).toBe('Vi har svarat!');
  });

  it('a pack may allow fewer exclamation marks', () => {
    const strict = packWith([{ kind: 'tone', category: 'tone', maxExclamations: 1 }]);
    expect(flagged(strict, 'Välkommen!! Hej!')).toEqual(['!!']);
  });
});

describe('tone: what it leaves alone', () => {
  it.each([
    ['acronyms', 'Kontakta LSS, LVU eller IVO. Vi har SMS och FAQ.'],
    ['an acronym inside a word', 'Tack för din fråga! Vi har svarat på LSS-frågan tidigare.'],
    ['one short capital word', 'Det är KLART nu.'],
    ['acronyms with short words between them', 'LSS och LVU och SMS gäller.'],
    ['two exclamation marks', 'Välkommen!! Vi ses.'],
    ['a friendly reply', 'Tack för din fråga! Vi svarar så snart vi kan.'],
    ['a phrase word inside a longer word', 'Vi har en dumtsnutt till katt.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });

  it('capitals in two different sentences are not one run', () => {
    // As one run "LSS NU KLART" would be 10 capitals; split by the line break it is 3 and 7.
    expect(flagged(bas, 'Kontakta LSS\nNU KLART', only)).toEqual([]);
    expect(flagged(bas, 'Kontakta LSS NU KLART', only)).toEqual(['LSS NU KLART']);
  });

  it('capitals when the pack turns shouting off', () => {
    const calm = packWith([{ kind: 'tone', category: 'tone', shouting: false }]);
    expect(flagged(calm, 'VI HAR REDAN SVARAT PÅ DET.')).toEqual([]);
    expect(flagged(calm, 'Vi har svarat!!!')).toEqual(['!!!']);
  });
});
