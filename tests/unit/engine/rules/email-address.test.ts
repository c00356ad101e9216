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
