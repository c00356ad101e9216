/** `address` (du-tilltal): the reader is "du", never "Ni/Er" or "den sökande". */
import { describe, expect, it } from 'vitest';
import { applyFirstSuggestions } from '../../../../lib/packs/load';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.du-tilltal' };
const fix = (text: string) => applyFirstSuggestions(text, findings(bas, text, only));

describe('address: what it catches', () => {
  it('courtesy "Er" before what it owns → "din"', () => {
    const text = 'Tack för Er fråga!';
    const finding = single(bas, text, only);
    expect(finding).toMatchObject({ ruleId: 'bas.du-tilltal', category: 'address', severity: 'warning', start: 9, end: 11, suggestions: ['din', 'dig'] });
    expect(finding.message).toBe('Tilltala läsaren med du: skriv ”din” i stället för ”Er”.');
    expect(fix(text)).toBe('Tack för din fråga!');
  });

  it('courtesy "Er" as an object → "dig"', () => {
    const finding = single(bas, 'Vi kontaktar Er gärna.', only);
    expect(finding.suggestions).toEqual(['dig', 'din']);
    expect(fix('Vi kontaktar Er gärna.')).toBe('Vi kontaktar dig gärna.');
    expect(single(bas, 'Vi hör av oss till Er.', only).suggestions[0]).toBe('dig');
  });

  it('"Ert", "Era" and "Eder" inside a sentence', () => {
    const text = 'Tack för Ert svar och Era frågor. Vi hör av oss till Eder.';
    const all = findings(bas, text, only);
    expect(all.map((f) => [text.slice(f.start, f.end), f.suggestions[0]])).toEqual([
      ['Ert', 'ditt'],
      ['Era', 'dina'],
      ['Eder', 'dig'],
    ]);
    expect(fix(text)).toBe('Tack för ditt svar och dina frågor. Vi hör av oss till dig.');
  });

  it('"Ni" to one person ("Ni är välkommen") → "Du", keeping the capital', () => {
    const text = 'Ni är välkommen att höra av dig.';
    const finding = single(bas, text, only);
    expect(finding).toMatchObject({ start: 0, end: 2, suggestions: ['Du'] });
    expect(fix(text)).toBe('Du är välkommen att höra av dig.');
    expect(single(bas, 'Om ni är intresserad kan du ringa.', only).suggestions).toEqual(['du']);
  });

  it('third-person address: "den sökande" → "du", "Du" at the start of a sentence', () => {
    const text = 'Den sökande ska skicka in blanketten. Vi ber den sökande att vänta.';
    const all = findings(bas, text, only);
    expect(all.map((f) => [text.slice(f.start, f.end), f.suggestions])).toEqual([
      ['Den sökande', ['Du']],
      ['den sökande', ['du']],
    ]);
    expect(fix('Den sökande ska skicka in blanketten.')).toBe('Du ska skicka in blanketten.');
  });

  it('third-person phrases of an own pack', () => {
    const pack = packWith([{ kind: 'address', category: 'address', thirdPerson: ['den enskilde', 'brukaren'] }]);
    expect(flagged(pack, 'Brukaren får ett svar. Vi hjälper den enskilde.')).toEqual(['Brukaren', 'den enskilde']);
  });
});

describe('address: one reader, and the reader in the third person', () => {
  it('"ni" to one person called by title, and "Ni … själv"', () => {
    expect(flagged(bas, 'Ni kan hämta nycklarna i receptionen, fru Sundberg.', only)).toEqual(['Ni']);
    expect(flagged(bas, 'Ni får ringa oss själv när det passar.', only)).toEqual(['Ni']);
    expect(flagged(bas, 'Ni får ringa oss själva när det passar.', only)).toEqual([]);
  });

  it('a role the reader has, opening a sentence of a reply to one person', () => {
    const text = 'Hej Kalle! Hyresgästen behöver inte ansöka om något.';
    expect(single(bas, text, only).suggestions).toEqual(['Du']);
    // In a post too: what the reader's role needs or must do is told to the reader.
    expect(flagged(bas, 'Hyresgästen behöver inte ansöka om något.', only)).toEqual(['Hyresgästen']);
    expect(flagged(bas, 'Hej Kalle! Vi har pratat med hyresgästen.', only)).toEqual([]);
  });

  it('a third-person phrase after a verb is the reader, before a noun it is someone else', () => {
    expect(flagged(bas, 'Kan den sökande komma på tisdag?', only)).toEqual(['den sökande']);
    expect(flagged(bas, 'Ärendet går till vederbörande handläggare i morgon.', only)).toEqual([]);
  });
});

describe('address: what it leaves alone', () => {
  it.each([
    ['a courtesy capital inside quotation marks', 'Läs boken ”Er egen trädgård” som finns på biblioteket.'],
    ['"ni" to the one greeted and someone else named', 'Hej Anna! Lasse har bokat lokalen, så ni kan komma på lördag.'],
    ['"ni" with "tillsammans" in a reply to one person', 'Hej Anna! Ring grannen, så kan ni lösa det tillsammans.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });


  it.each([
    ['plural "ni" to a group', 'Till er som har barn i förskolan: ni är välkomna på föräldramöte.'],
    ['"Ni" starting a sentence to a group', 'Ni kan läsa mer på vår webbplats.'],
    ['"Ni är välkomna" (plural)', 'Hej alla! Ni är välkomna hit.'],
    ['lower-case "er" and "ert" to a group', 'Vi ses hos er i morgon. Tack för ert svar, alla.'],
    ['"Er" that starts a sentence', 'Er ansökan har kommit in.'],
    ['"Ni" after a colon that starts a new clause', 'Till alla vårdnadshavare: Ni är välkomna i morgon.'],
    ['du-tilltal', 'Du är välkommen att kontakta oss. Tack för din fråga!'],
    ['"sökande" without "den"', 'Alla sökande får svar inom en vecka.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });
});

describe('address: a role asked to act, and "ni" for the reader and someone else', () => {
  it('a role that opens a sentence and is asked to do something, in any post', () => {
    expect(flagged(bas, 'Vårdnadshavaren ombeds hämta barnets kläder senast fredag.', only)).toEqual(['Vårdnadshavaren']);
    expect(flagged(bas, 'Den enskilde som önskar ekonomiskt stöd ombeds fylla i blanketten.', only)).toEqual(['Den enskilde']);
  });

  it('a duty told to the reader\'s role in a post is the reader in the third person; one party named is not', () => {
    expect(flagged(bas, 'Fastighetsägaren ska skotta trottoaren utanför huset.', only)).toEqual(['Fastighetsägaren']);
    expect(flagged(bas, 'Besökaren måste visa kortet i kassan.', only)).toEqual(['Besökaren']);
    expect(flagged(bas, 'Den som vill vara med ombeds anmäla sig i receptionen.', only)).toEqual(['Den som']);
    expect(flagged(bas, 'Den som vill får gärna ta med fika.', only)).toEqual([]);
    expect(flagged(bas, 'Ägaren ombeds hämta cykeln i receptionen.', only)).toEqual([]);
    expect(flagged(bas, 'Fastighetsägaren vann priset för årets renovering.', only)).toEqual([]);
  });

  it('"ni" after "dig" in the same sentence is the reader and the one they meet', () => {
    expect(flagged(bas, 'Hej Yasmin! Rektorn kan träffa dig på måndag så går ni igenom schemat.', only)).toEqual([]);
    expect(flagged(bas, 'Hej Yasmin! Ni kan hämta passerkortet på måndag.', only)).toEqual(['Ni']);
  });

  it('a reply that opens with the handle and then greets by name', () => {
    expect(flagged(bas, '@karin_f Hej Karin! Ni har helt rätt, lampan är trasig.', only)).toEqual(['Ni']);
  });
});

describe('address: capital du-forms and the reader\'s household', () => {
  it('"Din" in running text is the courtesy capital, lower-cased', () => {
    expect(flagged(bas, 'Hej Per! Angående Din fråga återkommer vi i morgon.', only)).toEqual(['Din']);
    expect(fix('Hej Per! Angående Din fråga återkommer vi i morgon.')).toBe('Hej Per! Angående din fråga återkommer vi i morgon.');
  });

  it('a capital du-form opening a sentence, after a handle or after an abbreviation\'s full stop', () => {
    expect(flagged(bas, '@per_b Din fråga har gått vidare.', only)).toEqual([]);
    expect(flagged(bas, 'Kursen kostar 500 kr. Du anmäler dig på webben.', only)).toEqual([]);
  });

  it('"ni i familjen" in a reply to one person is the household', () => {
    expect(flagged(bas, 'Hej Stina! Om ni i familjen vill ha ett extra kärl kan ni beställa det.', only)).toEqual([]);
  });
});

describe('address: the passive request, and the one the reader is sent to', () => {
  it('whoever a post asks in the passive is the reader, whatever the role is called', () => {
    expect(flagged(bas, 'Besökaren ombeds visa legitimation i entrén.', only)).toEqual(['Besökaren']);
    expect(flagged(bas, 'Besökaren fick visa legitimation i entrén.', only)).toEqual([]);
  });

  it('"Ring enhetschefen …, så kan ni prata": the reader and the manager', () => {
    expect(flagged(bas, 'Hej Gerd. Ring enhetschefen via växeln, så kan ni prata i lugn och ro.', only)).toEqual([]);
  });
});
