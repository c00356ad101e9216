import { describe, expect, it } from 'vitest';
import { flagged, packWith, single } from './support';

const pack = packWith([{ kind: 'phone-number', category: 'personal-data' }], {
  contacts: { phones: ['023-83 000', '+46 290 290 00'], domains: ['testkommun.se'] },
});

describe('phone-number', () => {
  it.each([
    ['Ring mig på 070-174 06 05 i kväll.', '070-174 06 05'],
    ['Mobil: 0701740605', '0701740605'],
    ['Nå henne på +46 70 174 06 12.', '+46 70 174 06 12'],
    ['Han har 0046 70 1740699 som nummer.', '0046 70 1740699'],
    ['Hemma: 08-123 456 78', '08-123 456 78'],
    ['Ring (08) 123 45 67 efter fem.', '(08) 123 45 67'],
    ['Numret är 0290-123 45.', '0290-123 45'],
  ])('flags a private number in %j', (text, number) => {
    expect(flagged(pack, text)).toEqual([number]);
  });

  it('says whether it is a mobile number', () => {
    expect(single(pack, 'Sms:a 073-174 06 01.').category).toBe('personal-data');
  });

  it('stops at the number, not at a count that follows it', () => {
    expect(flagged(pack, 'Jag har ringt 070-174 06 05 10 gånger.')).toEqual(['070-174 06 05']);
  });

  it.each([
    ['Kommunens växel 023-83 000 svarar vardagar 8–17.'],
    ['Ring växeln på 0290-29 000.'],
    ['Bankgiro 5050-1055, OCR 0123456789.'],
    ['Fakturanummer 0123456789 ska stå på betalningen.'],
    ['Ditt ärende har diarienummer 0123-45678.'],
    ['Ring 020-12 12 12 eller 0771-23 45 67 för kundtjänst.'],
    ['Mötet är 2025-03-14 klockan 18.00.'],
    ['Öppet 08-12 och 13-16.'],
    ['Kommunens organisationsnummer är 212000-2148.'],
    ['Personnumret 050916-0006 hör till personnummerregeln.'],
    ['Ring 112 vid nödläge, 1177 för sjukvårdsrådgivning.'],
  ])('leaves official, service and other numbers alone: %j', (text) => {
    expect(flagged(pack, text)).toEqual([]);
  });
});

describe('phone-number: whose number the sentence says it is', () => {
  const bare = packWith([{ kind: 'phone-number', category: 'personal-data' }]);
  it.each([
    ['Ring växeln på 0123-45 67 00 och be om bygglov.'],
    ['Kundtjänst nås på 0123-45 67 10 vardagar.'],
    ['Du når oss på 0123-45 67 20 (växeln).'],
    ['Vårt kontaktcenter svarar på 0123-45 67 30.'],
    ['Ring Exempels kommun på 0123-45 67 40.'],
  ])('an official number by its words, in any pack: %s', (text) => {
    expect(flagged(bare, text)).toEqual([]);
  });

  it.each([
    ['Vi har sparat ditt nummer 070-174 06 44 och ringer dig.', '070-174 06 44'],
    ['Kalle har gett oss lov att lämna ut hans privata mobil: 070-174 06 45.', '070-174 06 45'],
    ['Jouren hör av sig till dig på 070-174 06 46 inom en timme.', '070-174 06 46'],
  ])('someone\'s own number, whatever else the sentence says: %s', (text, number) => {
    expect(flagged(bare, text)).toEqual([number]);
  });

  it('a long timetable of digits is not one number, and does not take long to read', () => {
    const timetable = `Avgångar: ${'05 05 05 20 '.repeat(2000)}`;
    expect(flagged(bare, timetable)).toEqual([]);
  });
});
