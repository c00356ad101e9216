/**
 * Where a draft speaks about one identifiable person. Several rules need it: a sekretess topic or a
 * diagnosis is general information until it is tied to someone ("pojken", "din mamma", "Anna",
 * "han"). The answer is per sentence, so a rule can look at a topic's own sentence and its neighbours.
 */
import type { TextModel } from '../text/model';
import { PhraseIndex } from '../text/phrases';
import { FIRST_NAMES } from './first-names';

/** Pronouns that point at one particular person. "Du" is left out: "du som …" is everyone. */
const PERSON_PRONOUNS = new Set(['han', 'hon', 'hen', 'honom', 'henne', 'hans', 'hennes', 'hens']);

/** Relatives and roles that are one person when owned ("din mamma") or definite ("grannen"). */
const RELATIONS = [
  'mamma', 'pappa', 'mor', 'far', 'mormor', 'morfar', 'farmor', 'farfar', 'son', 'dotter', 'barn',
  'bror', 'syster', 'make', 'maka', 'man', 'fru', 'sambo', 'pojkvän', 'flickvän', 'partner',
  'förälder', 'föräldrar', 'granne', 'kollega', 'chef', 'elev', 'lärare', 'vän', 'kompis', 'svärmor',
  'svärfar', 'barnbarn', 'farbror', 'morbror', 'faster', 'moster', 'kusin', 'brorson', 'systerson',
];
// Not "vår": in the municipality's own posts it is the organisation ("vår barn- och familjeenhet").
const OWNERS = ['din', 'ditt', 'dina', 'min', 'mitt', 'mina', 'er', 'ert', 'hans', 'hennes', 'hens', 'deras'];
const DEFINITE_PERSONS = [
  'pojken', 'flickan', 'killen', 'tjejen', 'mannen', 'kvinnan', 'barnet', 'eleven', 'patienten',
  'brukaren', 'klienten', 'den boende', 'den äldre', 'grannen', 'kollegan', 'medarbetaren',
  'den anställde', 'den anställda', 'läraren', 'sonen', 'dottern', 'mamman', 'pappan', 'modern',
  'fadern', 'föräldern', 'tonåringen', 'flickans', 'pojkens', 'barnets', 'elevens', 'patientens',
  'brukarens', 'mannens', 'kvinnans', 'den unge', 'den unga', '15-åringen', '16-åringen', '17-åringen',
  '14-åringen', '13-åringen', '12-åringen', 'den misstänkte', 'gärningsmannen', 'den dömde',
];
const CASE_WORDS = ['ditt ärende', 'ert ärende', 'mitt ärende', 'hans ärende', 'hennes ärende', 'din ansökan', 'din anmälan', 'ditt beslut', 'din utredning', 'ditt bistånd'];

const INDIVIDUAL_PHRASES = new PhraseIndex(
  [
    // "din mamma" and the genitive "din mammas (beslut)".
    ...OWNERS.flatMap((owner) => RELATIONS.flatMap((relation) => [`${owner} ${relation}`, `${owner} ${relation.endsWith('s') ? relation : `${relation}s`}`])),
    ...DEFINITE_PERSONS,
    ...CASE_WORDS,
  ].map((phrase) => ({ phrase, data: phrase })),
);

/** Token indexes of given names written as names (capitalised, not all capitals). */
export function nameTokens(model: TextModel): number[] {
  const found: number[] = [];
  model.tokens.forEach((token, index) => {
    if (token.type === 'word' && FIRST_NAMES.has(token.text)) found.push(index);
  });
  return found;
}

export interface IndividualOptions {
  /** The pack's own words that tie a matter to a person or a case. */
  extra?: PhraseIndex<string>;
  /** Count han/hon/hen as a person ("Han har fått stöd av socialtjänsten" is about someone). */
  pronouns?: boolean;
}

/** The sentences (by index) that mention one identifiable person or a person's case. */
export function individualSentences(model: TextModel, options: IndividualOptions = {}): Set<number> {
  const sentences = new Set<number>();
  for (const match of INDIVIDUAL_PHRASES.find(model)) sentences.add(model.sentenceOf[match.firstToken]!);
  if (options.extra) for (const match of options.extra.find(model)) sentences.add(model.sentenceOf[match.firstToken]!);
  for (const index of nameTokens(model)) sentences.add(model.sentenceOf[index]!);
  if (options.pronouns) {
    model.lower.forEach((word, index) => {
      if (model.tokens[index]!.type === 'word' && PERSON_PRONOUNS.has(word)) sentences.add(model.sentenceOf[index]!);
    });
  }
  return sentences;
}

/** True when sentence `index` or one within `window` sentences of it is in `sentences`. */
export function near(sentences: ReadonlySet<number>, index: number, window: number): boolean {
  for (let k = index - window; k <= index + window; k++) if (sentences.has(k)) return true;
  return false;
}
