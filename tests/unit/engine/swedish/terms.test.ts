/**
 * Swedish terms inflected and in compounds: a list holds "behandlingshem" once and the draft says
 * "behandlingshemmet" or "LSS-handläggaren". Words that merely contain the letters are left alone.
 */
import { describe, expect, it } from 'vitest';
import { SwedishTerms } from '../../../../lib/engine/swedish/terms';
import { buildTextModel } from '../../../../lib/engine/text/model';

const terms = new SwedishTerms(
  ['behandlingshem', 'hemtjänst', 'kurator', 'skolsköterska', 'lss', 'placering', 'troende', 'journal', 'familjehem', 'ekonomiskt bistånd', 'hvb*'].map(
    (phrase) => ({ phrase, data: phrase }),
  ),
);

describe('SwedishTerms: what it finds', () => {
  it.each([
    ['behandlingshemmet', 'behandlingshem'], // doubled consonant and an ending
    ['hemtjänsten', 'hemtjänst'],
    ['hemtjänstbeslutet', 'hemtjänst'], // modifier of a case-work head
    ['skolkuratorssamtalet', 'kurator'], // inside, with a linking s
    ['skolkuratorn', 'kurator'], // head after a modifier
    ['skolsköterskor', 'skolsköterska'], // the final vowel replaced
    ['lss-handläggaren', 'lss'], // an acronym before a hyphen
    ['lss:s', 'lss'], // an acronym with a genitive
    ['familjehemsplaceringen', 'familjehem'], // the longer of two terms
    ['felplaceringen', 'placering'],
  ])('%s → %s', (word, term) => {
    expect(terms.match(word)?.text).toBe(term);
  });

  it('finds phrases and prefixes in a draft, and every compound of a term written with a star', () => {
    const model = buildTextModel('Hon får ekonomiskt bistånd och bor på HVB-hemmet. Hvbplaceringen fortsätter.');
    expect(terms.find(model).map((match) => model.text.slice(match.start, match.end))).toEqual(['ekonomiskt bistånd', 'HVB-hemmet', 'Hvbplaceringen']);
  });

  it('with open compounds, any longer word after the term', () => {
    const open = new SwedishTerms([{ phrase: 'stroke', data: 1 }], { openCompounds: true });
    expect(open.match('strokeoperationen')?.text).toBe('stroke');
    expect(terms.match('journalist')).toBeUndefined();
  });
});

describe('SwedishTerms: what it leaves alone', () => {
  it.each([
    ['omplacering'], // a prefix of two letters is not a modifier
    ['förtroende'], // "för-" makes a new word, not "troende"
    ['journalist'], // a continuation that is no case-work head
    ['klass'], // "lss" inside a word
    ['hemtjänstpersonal'], // staff, not a matter
  ])('%s', (word) => {
    expect(terms.match(word)).toBeUndefined();
  });
});
