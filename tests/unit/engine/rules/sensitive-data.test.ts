import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
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

describe('sensitive-data: the built-in rule', () => {
  const bas = builtinPack('bas');
  const only = { only: 'bas.kansliga-personuppgifter' };
  it.each([
    ['a compound of a health word about a named person', 'Vi hälsar Greta, som är hemma efter sin höftoperation.', ['höftoperation']],
    ['a symptom about a named child', 'Skolan har pratat med Ebbe om hans huvudvärk.', ['huvudvärk']],
    ['"du som" in a reply to one person', 'Tack Leif! Du har ju som medlem i Vision jobbat för det länge.', ['medlem i Vision']],
    ['a same-sex partner', 'Grattis till Karin och hennes fru som fick årets miljöpris!', ['hennes fru']],
    ['a holiday of a named person\'s faith', 'Vi önskar Yusuf en fin eid!', ['eid']],
  ])('%s', (_what, text, words) => {
    expect(flagged(bas, text, only)).toEqual(words);
  });

  it.each([
    ['"du som" to everyone', 'Du som är medlem i Vision får rabatt på kursen.'],
    ['general health information', 'Influensavaccinationen startar i november på vårdcentralen.'],
  ])('leaves alone %s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });
});

describe('sensitive-data: questions and conditions to anyone, and a person by name and age', () => {
  const bas = builtinPack('bas');
  const only = { only: 'bas.kansliga-personuppgifter' };
  it('a question or condition to whoever reads is general information', () => {
    expect(flagged(bas, 'Behöver ditt barn specialkost på grund av allergi eller celiaki? Fyll i blanketten.', only)).toEqual([]);
    expect(flagged(bas, 'Har du parkeringstillstånd för rörelsehindrade parkerar du gratis.', only)).toEqual([]);
  });

  it('the same facts about the reader\'s own child are about a person', () => {
    expect(flagged(bas, 'Hej Lena! Ditt barn har celiaki, så köket lagar glutenfritt.', only)).toEqual(['celiaki']);
  });

  it('someone by name and age', () => {
    expect(flagged(bas, 'Polisen har gripit Alex, 17 år, för skadegörelsen.', only)).toEqual(['gripit']);
  });
});

describe('sensitive-data: the person greeted, then told about', () => {
  const bas = builtinPack('bas');
  const only = { only: 'bas.kansliga-personuppgifter' };
  it('"Grattis Kim Ek, som är …" is about Kim', () => {
    expect(flagged(bas, 'Grattis Kim Ek, som är öppet bisexuell och leder Pride-tåget!', only)).toEqual(['bisexuell']);
  });

  it('a union role said of a named person', () => {
    expect(flagged(bas, 'Tack till Milica Ilić, som är fackligt ombud och har hjälpt oss i sommar.', only)).toEqual(['fackligt ombud']);
  });
});

describe('sensitive data: appeals, supine crimes, union offices, open questions', () => {
  const bas = builtinPack('bas');
  const only = { only: 'bas.kansliga-personuppgifter' };
  it('an appeal to vote is nobody\'s political opinion; a vote reported is', () => {
    expect(flagged(bas, 'Jag hoppas att du röstar på oss i höst!', { ...only, account: 'private' })).toEqual([]);
    expect(flagged(bas, 'Anna röstar på Moderaterna.', only)).toEqual(['röstar på']);
  });

  it('a named person\'s crime in the supine, a union office', () => {
    expect(flagged(bas, 'Det var Elias Berg, som har dömts för skadegörelse.', only)).toEqual(['dömts']);
    expect(flagged(bas, 'Hon är också ordförande i Lärarförbundets lokalavdelning.', only)).toEqual(['ordförande i Lärarförbundets']);
  });

  it('an open question stays open when emoji follow the question mark', () => {
    expect(flagged(bas, 'Har ditt barn en allergi? 🥜🥛 Berätta det för förskolan.', only)).toEqual([]);
  });
});
