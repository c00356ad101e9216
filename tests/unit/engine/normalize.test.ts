/**
 * Drafts pasted into Facebook or X carry invisible characters, typographic punctuation and
 * decomposed letters. Rules read a normalised text, but every finding must point into the text
 * exactly as the editor holds it: the UI underlines text.slice(start, end) and a fix replaces it.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/engine/lint';
import { normalize, toOriginalSpan } from '../../../lib/engine/text/normalize';
import { builtinPack } from '../../../lib/packs/builtin';

const bas = builtinPack('bas');

function lintBas(text: string, platform: 'facebook' | 'x' | 'youtube' = 'facebook') {
  return lint(text, { pack: bas, platform, account: 'official' }).findings;
}

function only(text: string, ruleId: string) {
  const found = lintBas(text).filter((finding) => finding.ruleId === ruleId);
  expect(found, `${ruleId} in ${JSON.stringify(text)}`).toHaveLength(1);
  return found[0]!;
}

describe('normalize()', () => {
  it('leaves ordinary text alone and needs no offset map', () => {
    const result = normalize('Hej! Vi har öppet i dag, 10-14. Välkommen \u{1F44B}');
    expect(result.text).toBe('Hej! Vi har öppet i dag, 10-14. Välkommen \u{1F44B}');
    expect(result.originalStart).toBeNull();
    expect(toOriginalSpan(result, 3, 7)).toEqual([3, 7]);
  });

  it('replaces spaces, dashes and quotes one for one and drops invisible characters', () => {
    const original = 'a\u00A0b\u2013c\u2014d\u201Ce\u201D\u2019f\u200Bg\u00ADh\uFEFFi\u2060j\u202Fk\u2212l';
    const result = normalize(original);
    expect(result.text).toBe('a b-c-d"e"\'fghij k-l');
    // "g" is original index 13 (after the zero-width space at 12); in the normalised text it is 12.
    expect(result.text[12]).toBe('g');
    expect(toOriginalSpan(result, 12, 13)).toEqual([13, 14]);
  });

  it('composes a letter and a combining diacritic into one character that maps to both', () => {
    const original = 'Ma\u030Andag';
    const result = normalize(original);
    expect(result.text).toBe('Måndag');
    expect(toOriginalSpan(result, 1, 2)).toEqual([1, 3]);
    expect(toOriginalSpan(result, 0, 6)).toEqual([0, 7]);
  });

  it('keeps zero-width joiners inside emoji and drops them elsewhere', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    expect(normalize(`${family} sk\u200Dall`).text).toBe(`${family} skall`);
  });
});

describe('finding offsets point into the original text', () => {
  it('a zero-width space before a word', () => {
    const text = 'Du kommer att \u200Berhålla ett beslut.';
    const finding = only(text, 'bas.myndighetssprak');
    expect([finding.start, finding.end]).toEqual([15, 22]);
    expect(text.slice(finding.start, finding.end)).toBe('erhålla');
    expect(finding.suggestions).toEqual(['få']);
  });

  it('a zero-width space inside a word: still one word, and the span covers it', () => {
    const text = 'Du kommer att er\u200Bhålla ett beslut.';
    const finding = only(text, 'bas.myndighetssprak');
    expect(text.slice(finding.start, finding.end)).toBe('er\u200Bhålla');
    expect(finding.suggestions).toEqual(['få']);
  });

  it('several invisible characters (BOM, LRM, word joiner, soft hyphen) earlier in the draft', () => {
    const text = '\uFEFF\u200EVi\u2060 har\u00AD svar. Du skall komma.';
    const finding = only(text, 'bas.myndighetssprak');
    expect(finding.start).toBe(text.indexOf('skall'));
    expect(text.slice(finding.start, finding.end)).toBe('skall');
  });

  it('a soft hyphen inside a word does not split it', () => {
    const text = 'Vi erhål\u00ADlit din ansökan.';
    const finding = only(text, 'bas.myndighetssprak');
    expect(text.slice(finding.start, finding.end)).toBe('erhål\u00ADlit');
    expect(finding.suggestions).toEqual(['fått']);
  });

  it('a no-break space inside a phrase, and the message quotes the original', () => {
    const text = 'Mötet äger\u00A0rum i stadshuset.';
    const finding = only(text, 'bas.myndighetssprak');
    expect(text.slice(finding.start, finding.end)).toBe('äger\u00A0rum');
    expect(finding.suggestions).toEqual(['hålls', 'sker']);
    expect(finding.message).toBe('Skriv hellre ”hålls” än ”äger\u00A0rum”.');
  });

  it('no-break and narrow no-break spaces separate words', () => {
    const text = 'Du\u00A0skall\u202Fkomma.';
    const finding = only(text, 'bas.myndighetssprak');
    expect([finding.start, finding.end]).toEqual([3, 8]);
  });

  it.each([
    ['en dash', '\u2013'],
    ['em dash', '\u2014'],
    ['non-breaking hyphen', '\u2011'],
    ['minus sign', '\u2212'],
    ['figure dash', '\u2012'],
  ])('a personnummer written with an %s', (_name, dash) => {
    const text = `Mitt personnummer är 811218${dash}9876, kan ni kolla?`;
    const finding = only(text, 'bas.personnummer');
    expect([finding.start, finding.end]).toEqual([21, 32]);
    expect(text.slice(finding.start, finding.end)).toBe(`811218${dash}9876`);
  });

  it('curly double and single quotes before the flagged words', () => {
    const text = 'Han skrev \u201Cvälkommen\u201D och \u2018tack\u2019, men du skall erhålla svar.';
    const found = lintBas(text).filter((finding) => finding.ruleId === 'bas.myndighetssprak');
    expect(found.map((finding) => text.slice(finding.start, finding.end))).toEqual(['skall', 'erhålla']);
    expect(found.map((finding) => finding.suggestions)).toEqual([['ska'], ['få']]);
  });

  it('curly quotes mark a quotation: the words in it are mentioned, not written', () => {
    const text = 'Vi byter \u201CErhålla\u201D mot \u2018få\u2019 och \u201Eskall\u201D mot ska.';
    expect(lintBas(text).filter((finding) => finding.ruleId === 'bas.myndighetssprak')).toEqual([]);
  });

  it('a decomposed å (a + U+030A) inside the flagged word', () => {
    const text = 'Du kommer att erha\u030Alla ett beslut.';
    const finding = only(text, 'bas.myndighetssprak');
    expect([finding.start, finding.end]).toEqual([14, 22]);
    expect(text.slice(finding.start, finding.end)).toBe('erha\u030Alla');
    expect(text.slice(finding.start, finding.end).normalize('NFC')).toBe('erhålla');
  });

  it('a decomposed letter earlier in the draft shifts nothing after it', () => {
    const text = 'Pa\u030A ma\u030Andag erho\u0308ll vi din ansökan.';
    const finding = only(text, 'bas.myndighetssprak');
    expect(text.slice(finding.start, finding.end)).toBe('erho\u0308ll');
    expect(finding.suggestions).toEqual(['fick']);
  });

  it('emoji with zero-width joiners before the finding', () => {
    const text = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467} \u{1F44D}\u{1F3FD} Du skall komma.';
    const finding = only(text, 'bas.myndighetssprak');
    expect(finding.start).toBe(text.indexOf('skall'));
    expect(text.slice(finding.start, finding.end)).toBe('skall');
  });

  it('a zero-width joiner outside emoji is dropped, so the word is still recognised', () => {
    const text = 'Du sk\u200Dall komma.';
    const finding = only(text, 'bas.myndighetssprak');
    expect(text.slice(finding.start, finding.end)).toBe('sk\u200Dall');
  });

  it('a fix built from the offsets yields the intended text', () => {
    const text = '\u200BVi kommer att\u00A0erhålla\u200B svar.';
    const finding = only(text, 'bas.myndighetssprak');
    const fixed = text.slice(0, finding.start) + finding.suggestions[0] + text.slice(finding.end);
    expect(fixed).toBe('\u200BVi kommer att\u00A0få\u200B svar.');
  });
});
