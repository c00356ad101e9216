import { describe, expect, it } from 'vitest';
import { flagged, packWith } from './support';
import { builtinPack } from '../../../../lib/packs/builtin';

const pack = packWith([{ kind: 'street-address', category: 'personal-data' }], {
  contacts: { addresses: ['Kommunhuset, Torggatan 2'] },
});

describe('street-address', () => {
  it.each([
    ['Han bor på Björkvägen 12 i Hofors.', 'Björkvägen 12'],
    ['Hennes adress är Storgatan 4 B, 813 30 Hofors.', 'Storgatan 4 B, 813 30 Hofors'],
    ['Anna bor på Gamla Bruksvägen 7 sedan i våras.', 'Gamla Bruksvägen 7'],
    ['Min granne har flyttat till Ekstigen 3.', 'Ekstigen 3'],
  ])('flags where one person lives in %j', (text, address) => {
    expect(flagged(pack, text)).toEqual([address]);
  });

  it.each([
    ['Välkommen till biblioteket på Storgatan 12 på lördag!'],
    ['Du som bor på Storgatan 1–15 får vatten från en tank.'],
    ['Alla som bor längs Björkvägen 2-20 får nya soptunnor.'],
    ['Besök oss i Kommunhuset, Torggatan 2.'],
    ['Vägarbetet på Storgatan pågår till fredag.'],
    ['Boende på Ekstigen 3 får information i brevlådan.'],
  ])('leaves venues, groups and the organisation alone: %j', (text) => {
    expect(flagged(pack, text)).toEqual([]);
  });
});

describe('street-address: a name right before the address', () => {
  it.each([
    ['Prisbordet hämtas hos Greta Holm, Lindvägen 4, på lördag.', 'Lindvägen 4'],
    ['Årets trädgård finns hos familjen Lund på Ekvägen 9.', 'Ekvägen 9'],
    ['Vi kommer hem till henne på Björkgatan 3 med blommor.', 'Björkgatan 3'],
  ])('%s', (text, address) => {
    expect(flagged(pack, text)).toEqual([address]);
  });

  it('leaves a venue named before its address alone', () => {
    expect(flagged(pack, 'Träffpunkten Linden, Storgatan 8, har öppet hus.')).toEqual([]);
  });
});

describe('street-address: a relative by name, and the reader at home', () => {
  it('a relative named right before the address', () => {
    expect(flagged(pack, 'Tiderna ändras för din pappa Esad på Lindvägen 7 från måndag.')).toEqual(['Lindvägen 7']);
  });

  it('meeting the reader at home', () => {
    expect(flagged(pack, 'Planeraren kan träffa dig hemma på Slaggatan 14 B på torsdag.')).toEqual(['Slaggatan 14 B']);
  });
});

describe('street address: the reader\'s own home, and streets of every kind', () => {
  const bas = builtinPack('bas');
  const only = { only: 'bas.gatuadress' };
  it('where the reader lives, published in a reply', () => {
    expect(flagged(bas, 'Hej Göran! Du bor på Bruksgatan 7, eller hur?', only)).toEqual(['Bruksgatan 7']);
    expect(flagged(bas, 'Du som bor på Bruksgatan 7 får vatten från tanken.', only)).toEqual([]);
  });

  it('a street ending in -vändan, -hagen, -ängen', () => {
    expect(flagged(bas, 'Barnen på Granvändan 4 har flyttat.', only)).toEqual(['Granvändan 4']);
    expect(flagged(bas, 'Lekplatsen vid Björkhagen 2 är öppen igen.', only)).toEqual([]);
  });
});
