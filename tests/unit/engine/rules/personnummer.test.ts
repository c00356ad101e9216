/** `personnummer`: identity numbers must not be published; dates, org and phone numbers are fine. */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single } from './support';

const pack = packWith([
  {
    id: 'test.pnr',
    kind: 'personnummer',
    category: 'personal-data',
    severity: 'error',
    message: 'Publicera inte {value} ({match}).',
  },
]);

describe('personnummer: what it catches', () => {
  it('a personnummer with a hyphen, as an error in personal-data, no fix offered', () => {
    const text = 'Mitt personnummer är 811218-9876, kan ni kolla?';
    const finding = single(pack, text);
    expect(finding).toMatchObject({ ruleId: 'test.pnr', category: 'personal-data', severity: 'error', start: 21, end: 32, suggestions: [] });
    expect(text.slice(finding.start, finding.end)).toBe('811218-9876');
    expect(finding.message).toBe('Publicera inte personnummer (811218-9876).');
  });

  it.each([
    ['twelve digits', 'Nummer 198112189876 gäller.', '198112189876'],
    ['twelve digits with a hyphen', 'Nummer 19811218-9876 gäller.', '19811218-9876'],
    ['ten digits without separator', 'Nummer 8112189876 gäller.', '8112189876'],
    ['a plus for 100 years or older', 'Farfar har 090527+1474 på kortet.', '090527+1474'],
    ['at the very start', '811218-9876 är mitt nummer.', '811218-9876'],
    ['at the very end', 'Mitt nummer: 811218-9876', '811218-9876'],
    ['in brackets', 'Anna (811218-9876) ringde.', '811218-9876'],
  ])('%s', (_how, text, number) => {
    expect(flagged(pack, text)).toEqual([number]);
  });

  it('a samordningsnummer, named as such', () => {
    const finding = single(pack, 'Samordningsnummer 701063-2391 står på kortet.');
    expect(finding.message).toBe('Publicera inte samordningsnummer (701063-2391).');
  });

  it('a number with a space when the sentence says it is a personnummer', () => {
    expect(flagged(pack, 'Mitt personnummer är 811218 9876.')).toEqual(['811218 9876']);
    expect(flagged(pack, 'Pnr 811218 9876, tack.')).toEqual(['811218 9876']);
    expect(flagged(pack, 'Hon är född 811218 9876.')).toEqual(['811218 9876']);
  });

  it('several numbers in one draft', () => {
    const text = 'Barnen har 20000101-2384 och 20000101-1493.';
    expect(findings(pack, text).map((f) => [f.start, f.end])).toEqual([[11, 24], [29, 42]]);
  });

  it('in a draft in another language too', () => {
    expect(flagged(pack, 'My personal identity number is 811218-9876, can you check my application please?')).toEqual(['811218-9876']);
  });

  it('the built-in rule is an error', () => {
    const finding = single(builtinPack('bas'), 'Mitt personnummer är 811218-9876.', { only: 'bas.personnummer' });
    expect(finding).toMatchObject({ ruleId: 'bas.personnummer', category: 'personal-data', severity: 'error' });
  });
});

describe('personnummer: what it leaves alone', () => {
  it.each([
    ['a wrong check digit', 'Faktura 811218-9875 förfaller snart.'],
    ['a date', 'Mötet är 2024-05-31 och 20240531 klockan 18.'],
    ['a date that does not exist', 'Nummer 811232-9876 gäller.'],
    ['an organisationsnummer', 'Kommunens organisationsnummer är 212000-2114.'],
    ['phone numbers', 'Ring 070-123 45 67, 0701234567 eller 023-832 85.'],
    ['a spaced number without a word saying what it is', 'Ring 811218 9876 i morgon.'],
    ['digits inside a longer number', 'Referens 1811218-98765 och 811218-98761 och 9811218-9876.'],
    ['digits inside a word or code', 'Koden ABC811218-9876 gäller.'],
    ['birth number 000', 'Nummer 150916-0006 gäller.'],
    ['a date in the future', 'Nummer 20990101-2380 gäller.'],
  ])('%s', (_what, text) => {
    expect(flagged(pack, text)).toEqual([]);
  });

  it('numbers on the rule\'s allow list, however written', () => {
    const allowing = packWith([{ kind: 'personnummer', allow: ['19811218-9876'] }]);
    expect(flagged(allowing, 'Testnummer 19811218-9876 och 198112189876.')).toEqual([]);
    expect(flagged(allowing, 'Men 20000101-2384 är inte tillåtet.')).toEqual(['20000101-2384']);
  });

  it('samordningsnummer when the rule is told not to flag them', () => {
    const without = packWith([{ kind: 'personnummer', samordningsnummer: false }]);
    expect(flagged(without, 'Samordningsnummer 701063-2391 och personnummer 811218-9876.')).toEqual(['811218-9876']);
  });
});
