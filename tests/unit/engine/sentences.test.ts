/**
 * Sentence boundaries decide sentence length, LIX, where a phrase may match and how far apart a
 * sekretess topic and a person may stand. Swedish abbreviations must not end a sentence.
 */
import { describe, expect, it } from 'vitest';
import { buildTextModel } from '../../../lib/engine/text/model';

function sentences(text: string): string[] {
  const model = buildTextModel(text);
  return model.sentences.map((sentence) => model.text.slice(sentence.start, sentence.end));
}

describe('sentence ends', () => {
  it('ends sentences at ! ? and .', () => {
    expect(sentences('Hej! Hur mår du? Bra. Tack')).toEqual(['Hej!', 'Hur mår du?', 'Bra.', 'Tack']);
  });

  it('ends sentences at runs of punctuation and an ellipsis', () => {
    expect(sentences('Vad sa du?! Jaha… Okej...')).toEqual(['Vad sa du?!', 'Jaha…', 'Okej...']);
  });

  it('ends a sentence at a line break', () => {
    expect(sentences('Öppet i dag\nStängt i morgon')).toEqual(['Öppet i dag', 'Stängt i morgon']);
  });

  it('always ends a sentence at a blank line', () => {
    expect(sentences('Öppet i dag\n\nvälkommen')).toEqual(['Öppet i dag', 'välkommen']);
  });

  it('ends a sentence at a full stop followed by a line break, whatever comes next', () => {
    expect(sentences('Vi har öppet.\nvälkommen')).toEqual(['Vi har öppet.', 'välkommen']);
  });

  it('keeps closing quotes, brackets and emoji with the sentence they close', () => {
    expect(sentences('Han sa "Hej." Sedan gick han.')).toEqual(['Han sa "Hej."', 'Sedan gick han.']);
    expect(sentences('Välkommen! \u{1F600} Vi ses.')).toEqual(['Välkommen! \u{1F600}', 'Vi ses.']);
  });

  it('keeps sentence offsets and token ranges consistent', () => {
    const model = buildTextModel('Hej! Vi ses.');
    expect(model.sentences).toEqual([
      { start: 0, end: 4, firstToken: 0, endToken: 2 },
      { start: 5, end: 12, firstToken: 2, endToken: 5 },
    ]);
    expect(Array.from(model.sentenceOf)).toEqual([0, 0, 1, 1, 1]);
  });

  it('gives no sentences for empty text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences('   ')).toEqual([]);
  });
});

describe('abbreviations do not end sentences', () => {
  it.each([
    ['Vi har t.ex. bibliotek och simhall.', 't.ex.'],
    ['Vi har bl.a. bibliotek och simhall.', 'bl.a.'],
    ['Det är dvs. klart nu.', 'dvs.'],
    ['Det är d.v.s. klart nu.', 'd.v.s.'],
    ['Böcker m.m. finns kvar.', 'm.m.'],
    ['Den s.k. nämnden beslutar.', 's.k.'],
    ['Det kostar ca. 20 kronor.', 'ca.'],
    ['Vi ses kl. 10 på torget.', 'kl.'],
    ['Gäller fr.o.m. måndag.', 'fr.o.m.'],
  ])('%j is one sentence (%s)', (text) => {
    expect(sentences(text)).toEqual([text]);
  });

  it('even when a capitalised name follows the abbreviation', () => {
    expect(sentences('Vi bjuder bl.a. Emil och Sara. Välkomna!')).toEqual(['Vi bjuder bl.a. Emil och Sara.', 'Välkomna!']);
    expect(sentences('Vi har t.ex. Stadsbiblioteket.')).toEqual(['Vi har t.ex. Stadsbiblioteket.']);
  });

  it('an initial does not end a sentence', () => {
    expect(sentences('Kontakta A. Berg på kontoret. Tack.')).toEqual(['Kontakta A. Berg på kontoret.', 'Tack.']);
  });

  it('an ordinary word before the full stop does', () => {
    expect(sentences('Det kostar 20 kronor. Välkommen!')).toEqual(['Det kostar 20 kronor.', 'Välkommen!']);
  });

  it('a link at the end of a sentence does not swallow the full stop', () => {
    expect(sentences('Läs mer på falun.se. Där finns allt.')).toEqual(['Läs mer på falun.se.', 'Där finns allt.']);
  });

  it('dots inside links and e-mail addresses do not end sentences', () => {
    expect(sentences('Mejla kommun@hofors.se eller gå till www.hofors.se/kontakt i dag.')).toHaveLength(1);
  });
});

describe('breaks that posts make without a full stop', () => {
  it('an emoji between a word and a capitalised word ends the sentence', () => {
    expect(sentences('Ny plan för parken 🌳 Du kan tycka till i maj.')).toEqual(['Ny plan för parken 🌳', 'Du kan tycka till i maj.']);
    expect(sentences('Vi ses 😊 i morgon')).toEqual(['Vi ses 😊 i morgon']);
  });

  it('a slash, bar or bullet standing alone separates the items of a list', () => {
    expect(sentences('Måndag 8-16 / Tisdag 8-18 | Onsdag stängt')).toEqual(['Måndag 8-16 /', 'Tisdag 8-18 |', 'Onsdag stängt']);
    expect(sentences('Anmäl dig och/eller ring oss.')).toEqual(['Anmäl dig och/eller ring oss.']);
  });
});

describe('an ellipsis', () => {
  it('before a lower-case word is a pause, before a capital a stop', () => {
    expect(sentences('Intressant teori… men nej.')).toEqual(['Intressant teori… men nej.']);
    expect(sentences('Vi väntar... Nu kom bussen.')).toEqual(['Vi väntar...', 'Nu kom bussen.']);
  });
});
