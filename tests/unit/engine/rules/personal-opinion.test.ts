/** `personal-opinion` (identity): the official account speaks for the municipality, not for a person or a party. */
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../../../lib/packs/builtin';
import { flagged, packWith } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.privat-asikt' };

describe('personal-opinion: what it catches', () => {
  it.each([
    ['how the writer votes', 'Jag tänker rösta på Miljöpartiet i valet.'],
    ['the vote, inverted', 'I år röstar jag på Liberalerna.'],
    ['a stance on a side', 'Jag tycker att oppositionen har fel om skolan.'],
    ['the account\'s stance on a party', 'Vi hoppas att Sverigedemokraternas förslag röstas ner.'],
    ['judging a party\'s politics', 'Vänsterpartiets budget är helt orimlig.'],
    ['telling readers how to vote', 'Rösta på ett parti som satsar på idrotten!'],
    ['a referendum', 'Alla borde rösta nej i folkomröstningen.'],
    ['a personal opinion by the pack\'s phrases', 'Min personliga åsikt är att torget blev fint.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only).length, text).toBeGreaterThan(0);
  });
});

describe('personal-opinion: what it leaves alone', () => {
  it.each([
    ['where and when to vote', 'Här kan du rösta på söndag: biblioteket, skolan och stadshuset.'],
    ['a report of a decision naming the party', 'Kommunfullmäktige röstade i går ja till Centerpartiets förslag om en ny skola.'],
    ['a report of what a party thinks', 'Moderaterna menar att avgiften är för hög.'],
    ['empathy in the first person', 'Jag förstår att beskedet är tråkigt. /Eva, kommunikatör'],
    ['"majoriteten av"', 'Majoriteten av eleverna äter i matsalen.'],
  ])('%s', (_what, text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });

  it('only from the official account', () => {
    expect(flagged(bas, 'Jag tänker rösta på Miljöpartiet i valet.', { ...only, account: 'private' })).toEqual([]);
  });

  it('a pack\'s own local party', () => {
    const pack = packWith([{ kind: 'personal-opinion', category: 'identity', parties: ['Bygdepartiet'] }]);
    expect(flagged(pack, 'Bygdepartiet har helt rätt om vägarna.')).toEqual(['Bygdepartiet har helt rätt']);
  });
});

describe('personal-opinion: who is reported, and parties by letter', () => {
  it('a first-person stance after "jag som …" is the account\'s own', () => {
    expect(flagged(bas, 'Jag som sitter i växeln i dag tycker att Liberalernas budget är orimlig.', only).length).toBeGreaterThan(0);
  });

  it('what a party thinks, reported, is information', () => {
    expect(flagged(bas, 'Liberalerna tycker att budgeten är orimlig, och frågan avgörs på måndag.', only)).toEqual([]);
  });

  it('a party by its letter in the genitive, and a judgement opening the next sentence', () => {
    expect(flagged(bas, 'Vi delar gärna M:s insändare om skolvägarna. Äntligen någon som lyssnar!', only).length).toBeGreaterThan(0);
    expect(flagged(bas, 'M:s motion om skolvägarna behandlas i fullmäktige den 3 maj.', only)).toEqual([]);
  });

  it('telling readers to vote the right way, not how voting works', () => {
    expect(flagged(bas, 'Hoppas alla röstar klokt i höst 😉', only).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Så röstar du rätt med förtidsröst: ta med legitimation.', only)).toEqual([]);
  });
});

describe('personal-opinion: the writer\'s own voice', () => {
  it('"om du frågar mig" on the official account', () => {
    expect(flagged(bas, 'Avgiften sänks, om du frågar mig borde den tas bort helt.', only).length).toBeGreaterThan(0);
  });
});

describe('personal-opinion: the writer\'s referendum vote', () => {
  it('"jag … tänker rösta ja", not how the referendum works', () => {
    expect(flagged(bas, 'Jag som sköter kontot i dag tänker rösta ja i folkomröstningen.', only).length).toBeGreaterThan(0);
    expect(flagged(bas, 'Folkomröstningen är på söndag. Du röstar ja eller nej i vallokalen.', only)).toEqual([]);
  });
});

describe('personal opinion: votes, who should govern, a side that lost, unions and strikes', () => {
  it.each([
    ['Själv röstar jag nej och jag hoppas att fler gör det!', 'röstar jag nej och'],
    ['Det är hög tid för ett nytt styre i kommunen!', 'tid för ett nytt styre'],
    ['Skönt att de som ville lägga ner biblioteket förlorade.', 'Skönt att de som ville lägga ner biblioteket förlorade'],
    ['Vi på kommunen står helt bakom lärarnas strejk.', 'står helt bakom lärarnas strejk'],
    ['Alla våra medarbetare borde gå med i facket!', 'borde gå med i facket'],
  ])('%s', (text, expected) => {
    expect(flagged(bas, text, only)).toEqual([expected]);
  });

  it.each([
    'Röstar jag ja eller nej? Läs om förslagen först.',
    'Skönt att regnet föll i natt.',
    'Strejken påverkar hemtjänsten, och vi står bakom våra medarbetare.',
  ])('leaves alone: %s', (text) => {
    expect(flagged(bas, text, only)).toEqual([]);
  });
});
