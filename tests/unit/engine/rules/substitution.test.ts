/** `substitution`: officialese with a plain replacement, in every inflected form, as a one-click fix. */
import { describe, expect, it } from 'vitest';
import { applyFirstSuggestions } from '../../../../lib/packs/load';
import { builtinPack } from '../../../../lib/packs/builtin';
import { findings, flagged, packWith, single } from './support';

const bas = builtinPack('bas');
const only = { only: 'bas.myndighetssprak' };

const pack = packWith([
  {
    id: 'test.ord',
    kind: 'substitution',
    severity: 'info',
    message: 'Skriv ”{suggestion}” i stället för ”{match}”.',
    entries: [
      { avoid: ['erhålla', 'erhåller', 'erhöll', 'erhållit'], prefer: ['få', 'får', 'fick', 'fått'] },
      { avoid: ['skall'], prefer: ['ska'] },
      { avoid: ['tillhandahålla', 'tillhandahåller'], prefer: ['ge | erbjuda', 'ger | erbjuder'] },
      { avoid: ['tillse', 'tillse att'], prefer: ['se', 'se till att'] },
      { avoid: ['emedan', 'enär'], prefer: ['eftersom'] },
    ],
  },
]);

describe('substitution: what it catches', () => {
  it('the word, with the replacement as the suggestion and in the message', () => {
    const text = 'Du kommer att erhålla ett beslut.';
    const finding = single(pack, text);
    expect(finding).toMatchObject({
      ruleId: 'test.ord',
      category: 'plain-language',
      severity: 'info',
      start: 14,
      end: 21,
      suggestions: ['få'],
      message: 'Skriv ”få” i stället för ”erhålla”.',
    });
  });

  it('every inflected form, each with its own replacement', () => {
    const text = 'Vi erhåller, erhöll och har erhållit.';
    const all = findings(pack, text);
    expect(all.map((f) => text.slice(f.start, f.end))).toEqual(['erhåller', 'erhöll', 'erhållit']);
    expect(all.map((f) => f.suggestions)).toEqual([['får'], ['fick'], ['fått']]);
  });

  it('one replacement for all forms when only one is given', () => {
    const text = 'Emedan det regnar, och enär det blåser.';
    expect(findings(pack, text).map((f) => f.suggestions)).toEqual([['Eftersom'], ['eftersom']]);
  });

  it('keeps the case of the replaced word: "Erhålla" → "Få", "SKALL" → "SKA"', () => {
    expect(single(pack, 'Erhålla ett beslut tar tid.').suggestions).toEqual(['Få']);
    expect(single(pack, 'Du SKALL komma.').suggestions).toEqual(['SKA']);
    expect(single(pack, 'Du Skall komma.').suggestions).toEqual(['Ska']);
  });

  it('offers every alternative of "ge | erbjuda", best first', () => {
    expect(single(pack, 'Vi tillhandahåller stöd.').suggestions).toEqual(['ger', 'erbjuder']);
    expect(single(pack, 'Tillhandahålla stöd är vårt jobb.').suggestions).toEqual(['Ge', 'Erbjuda']);
  });

  it('the longest form that matches: "tillse att", not "tillse"', () => {
    const text = 'Vi ska tillse att det blir klart.';
    expect(flagged(pack, text)).toEqual(['tillse att']);
    expect(single(pack, text).suggestions).toEqual(['se till att']);
  });

  it('applying the first suggestions gives plain text', () => {
    const text = 'Du SKALL erhålla svar. Vi tillhandahåller hjälp.';
    expect(applyFirstSuggestions(text, findings(pack, text))).toBe('Du SKA få svar. Vi ger hjälp.');
  });

  it('the built-in list: Erhålla → Få, äger rum → hålls, and the built-in message', () => {
    const text = 'Erhålla ett svar går fort. Mötet äger rum i stadshuset.';
    const all = findings(bas, text, only);
    expect(all.map((f) => [text.slice(f.start, f.end), f.suggestions[0]])).toEqual([
      ['Erhålla', 'Få'],
      ['äger rum', 'hålls'],
    ]);
    expect(all[0]).toMatchObject({ ruleId: 'bas.myndighetssprak', category: 'plain-language', severity: 'warning', start: 0, end: 7 });
    expect(all[0]!.message).toBe('Skriv hellre ”Få” än ”Erhålla”.');
  });
});

describe('substitution: what it leaves alone', () => {
  it('a form after a word in the entry\'s notAfter: "är desamma" is ordinary, "behandlar desamma" officialese', () => {
    const predicative = packWith([
      { id: 'test.samma', kind: 'substitution', severity: 'info', message: '{suggestion}', entries: [{ avoid: ['desamma'], prefer: ['de'], notAfter: ['är', 'blir'] }] },
    ]);
    expect(flagged(predicative, 'Priserna är desamma som i fjol.')).toEqual([]);
    expect(flagged(predicative, 'Vi har fått blanketterna och behandlar desamma i maj.')).toEqual(['desamma']);
    // Only the word right before counts, and only within the sentence.
    expect(flagged(predicative, 'Det är. Desamma gäller i år.')).toEqual(['Desamma']);
  });
  it('words that only contain or resemble a listed form', () => {
    expect(flagged(pack, 'Erhållandet av skallen och skallra är ska.')).toEqual([]);
  });

  it('the plain word itself', () => {
    expect(flagged(pack, 'Du får ett beslut och ska svara.')).toEqual([]);
    expect(flagged(bas, 'Du får ett beslut inom två veckor och kan läsa mer om det på webbplatsen.', only)).toEqual([]);
  });

  it('a phrase broken by a sentence end', () => {
    expect(flagged(bas, 'Det gäller mötet som äger. Rum finns.', only)).toEqual([]);
  });

  it('a form inside a link or a hashtag', () => {
    expect(flagged(pack, 'Se https://falun.se/erhalla och falun.se/skall, #skall.')).toEqual([]);
  });
});

describe('substitution: forms an entry does not list', () => {
  const pack = packWith([
    {
      kind: 'substitution',
      category: 'plain-language',
      message: 'Skriv ”{suggestion}”.',
      entries: [{ avoid: ['erhålla', 'erhåller', 'erhöll', 'erhållit', 'erhålls'], prefer: ['få', 'får', 'fick', 'fått', 'fås'] }],
    },
  ]);

  it('the old passive in -es, fixed to the modern passive', () => {
    const finding = single(pack, 'Beskedet erhålles per post.');
    expect(finding.suggestions).toEqual(['fås']);
  });

  it('a strong participle, named without a one-click fix', () => {
    const finding = single(pack, 'Den erhållna summan betalas ut i maj.');
    expect([finding.suggestions, finding.message]).toEqual([[], 'Skriv ”få”.']);
  });

  it('leaves words that merely start like the verb alone', () => {
    expect(flagged(pack, 'Erhållningsplanen är klar.')).toEqual([]);
  });
});

describe('substitution: lexicalised participles and mild officialese', () => {
  it('"erfaren" is experienced, "erfor" is officialese', () => {
    expect(flagged(bas, 'Du går bredvid en erfaren kollega.', only)).toEqual([]);
    expect(flagged(bas, 'Vi erfor att det var svårt.', only)).toEqual(['erfor']);
  });

  it('words of ordinary prose are a hint, not a warning', () => {
    const [finding] = findings(bas, 'Angående snöröjningen kommer vi i morgon.', { only: 'bas.myndighetssprak-mild' });
    expect(finding).toMatchObject({ severity: 'info', suggestions: ['Om'] });
    expect(flagged(bas, 'Angående snöröjningen kommer vi i morgon.', only)).toEqual([]);
  });
});
