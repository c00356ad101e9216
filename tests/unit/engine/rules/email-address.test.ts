import { describe, expect, it } from 'vitest';
import { flagged, packWith } from './support';

const pack = packWith([{ kind: 'email-address', category: 'personal-data' }], {
  contacts: { emails: ['kontaktcenter@testkommun.se'], domains: ['testkommun.se'] },
});

describe('email-address', () => {
  it.each([
    ['Mejla Kalle på kalle.svensson@gmail.com.', 'kalle.svensson@gmail.com'],
    ['Hennes adress är anna-lisa_88@hotmail.se', 'anna-lisa_88@hotmail.se'],
    ['Skriv till KALLE@EXEMPEL.NU', 'KALLE@EXEMPEL.NU'],
  ])('flags a private address in %j', (text, address) => {
    expect(flagged(pack, text)).toEqual([address]);
  });

  it.each([
    ['Mejla kontaktcenter@testkommun.se så hjälper vi dig.'],
    ['Skriv till bygglov@testkommun.se eller till handläggaren på lisa.berg@testkommun.se.'],
    ['Frågor om butiken? Mejla info@ica.se eller kundtjanst@elbolaget.se.'],
    ['Läs mer på testkommun.se/avfall.'],
  ])('leaves official and role mailboxes alone: %j', (text) => {
    expect(flagged(pack, text)).toEqual([]);
  });
});

describe('email-address: a function named in one word at an organisation\'s domain', () => {
  const bare = packWith([{ kind: 'email-address', category: 'personal-data' }]);
  it('is left alone, while a name, a dotted name or a consumer mail service is a person\'s', () => {
    expect(flagged(bare, 'Mejla bygglov@exempelkommun.se eller simhallen@exempelkommun.se.')).toEqual([]);
    expect(flagged(bare, 'Mejla anna@exempelkommun.se.')).toEqual(['anna@exempelkommun.se']);
    expect(flagged(bare, 'Mejla bygglov@gmail.com.')).toEqual(['bygglov@gmail.com']);
    expect(flagged(bare, 'Mejla lotta.lind@exempelkommun.se.')).toEqual(['lotta.lind@exempelkommun.se']);
  });
});
