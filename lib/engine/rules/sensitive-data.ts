/**
 * `sensitive-data` (personal data): the special categories of GDPR art. 9 — health, ethnic origin,
 * religion, political opinion, union membership, sex life and sexual orientation — and criminal
 * offences (art. 10), when they are said about an identifiable person: "Anna har fått diagnosen
 * ADHD", "din granne är dömd för stöld", "han är med i facket". The same words as general
 * information ("influensavaccinet finns nu", "så fungerar valet") are left alone.
 */
import { findAddressee } from '../swedish/addressee';
import { individualSentences, near } from '../swedish/individuals';
import { SwedishTerms } from '../swedish/terms';
import type { TextModel } from '../text/model';
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

/** What art. 9/10 calls each group, for the message. */
const GROUP_NAMES: Record<string, string> = {
  health: 'hälsa',
  ethnicity: 'etniskt ursprung',
  religion: 'religion',
  politics: 'politisk åsikt',
  union: 'facklig tillhörighet',
  sexuality: 'sexuell läggning',
  crime: 'brott',
};

/** "jag hoppas att du röstar på oss", "vi vill att fler går med i facket": an appeal, not a fact about anyone. */
const WISHES = new Set(['hoppas', 'önskar', 'uppmanar', 'ber', 'vill']);
/** Looks a few words back, within the sentence: a bounded look per match, so the rule stays linear. */
function wished(model: TextModel, firstToken: number): boolean {
  for (let k = firstToken - 1; k >= firstToken - 5 && k >= 0 && model.sentenceOf[k] === model.sentenceOf[firstToken]; k--) {
    if (WISHES.has(model.lower[k]!)) return true;
  }
  return false;
}

export const sensitiveData: RuleImplementation<'sensitive-data'> = {
  kind: 'sensitive-data',
  swedishOnly: true,
  ownWordingOnly: false,
  compile(rule) {
    // Inflected and compound forms count: "hennes magont", "bröstcancern", "diabetesen".
    // Every compound of a health word is about health ("demensdiagnosen", "strokeoperationen").
    const terms = new SwedishTerms(
      Object.entries(rule.terms).flatMap(([group, phrases]) => (phrases ?? []).map((phrase) => ({ phrase, data: group }))),
      { openCompounds: true },
    );
    const extra = new PhraseIndex(rule.individualMarkers.map((phrase) => ({ phrase, data: phrase })));
    return ({ model, names }) => {
      const matches = terms.find(model);
      if (matches.length === 0) return [];
      // "du har diabetes" said to the person answered is about them, unless it is "om du har …";
      // "du som medlem i …" is about the reader when the reply is written to one person.
      const individuals = individualSentences(model, { extra, pronouns: true, reader: 'always', addressee: findAddressee(model, names), names });
      const hits: Hit[] = [];
      for (const match of matches) {
        const sentence = model.sentenceOf[match.firstToken]!;
        if ((match.data === 'politics' || match.data === 'union') && wished(model, match.firstToken)) continue;
        if (near(individuals, sentence, rule.sentenceWindow)) {
          hits.push({ start: match.start, end: match.end, values: { value: GROUP_NAMES[match.data] ?? match.data } });
        }
      }
      return hits;
    };
  },
};
