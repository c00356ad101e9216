import { describe, expect, it } from 'vitest';
import { findings, flagged, packWith } from './support';

const pack = packWith([
  {
    kind: 'sensitive-data',
    category: 'personal-data',
    severity: 'error',
    message: 'Känslig uppgift ({value}): {match}',
    terms: {
      health: ['diagnos*', 'diabetes', 'sjukskriven'],
      religion: ['muslim'],
      politics: ['röstar på'],
      union: ['med i facket'],
      sexuality: ['homosexuell'],
      crime: ['dömd', 'misstänkt för'],
    },
  },
]);

describe('sensitive-data', () => {
  it.each([
    ['Anna har fått en diagnos.', 'diagnos'],
    ['Din granne är dömd för stöld.', 'dömd'],
    ['Han är med i facket.', 'med i facket'],
    ['Hon röstar på ett annat parti än du.', 'röstar på'],
    ['Jag vet att Ahmed är muslim.', 'muslim'],
    ['Pojken är misstänkt för skadegörelsen.', 'misstänkt för'],
    ['Eftersom du är sjukskriven kan du inte delta.', 'sjukskriven'],
  ])('flags a special category said about a person in %j', (text, word) => {
    expect(flagged(pack, text)).toEqual([word]);
  });

  it('names the category in the message', () => {
    expect(findings(pack, 'Kalle är homosexuell.')[0]!.message).toBe('Känslig uppgift (sexuell läggning): homosexuell');
  });

  it.each([
    ['Om du har diabetes kan du få råd av en dietist.'],
    ['Du som är sjukskriven kan söka stöd hos Försäkringskassan.'],
    ['Diagnoser ställs av vårdcentralen, inte av kommunen.'],
    ['Alla som röstar på valdagen får en kaffe.'],
    ['Den som är dömd för brott får inte bli familjehem, enligt lagen.'],
  ])('leaves general information alone: %j', (text) => {
    expect(flagged(pack, text)).toEqual([]);
  });
});
