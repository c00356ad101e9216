/**
 * `sensitive-data` (personal data): the special categories of GDPR art. 9 — health, ethnic origin,
 * religion, political opinion, union membership, sex life and sexual orientation — and criminal
 * offences (art. 10), when they are said about an identifiable person: "Anna har fått diagnosen
 * ADHD", "din granne är dömd för stöld", "han är med i facket". The same words as general
 * information ("influensavaccinet finns nu", "så fungerar valet") are left alone.
 */
import { individualSentences, near } from '../swedish/individuals';
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

/** Generic address: "om du har diabetes", "du som är gravid" speak to everyone, not about someone. */
const GENERIC_DU = /\b(?:om|när|ifall|innan) du\b|\b(?:du|dig|er|ni|alla|den) som\b/iu;
const DU_WORDS = new Set(['du', 'dig', 'din', 'ditt', 'dina']);

export const sensitiveData: RuleImplementation<'sensitive-data'> = {
  kind: 'sensitive-data',
  swedishOnly: true,
  compile(rule) {
    const terms = new PhraseIndex(
      Object.entries(rule.terms).flatMap(([group, phrases]) => (phrases ?? []).map((phrase) => ({ phrase, data: group }))),
    );
    const extra = new PhraseIndex(rule.individualMarkers.map((phrase) => ({ phrase, data: phrase })));
    return ({ model }) => {
      const matches = terms.find(model);
      if (matches.length === 0) return [];
      const individuals = individualSentences(model, { extra, pronouns: true });
      // "du har diabetes" said to the person answered is about them, unless it is "om du har …".
      model.lower.forEach((word, index) => {
        if (!DU_WORDS.has(word)) return;
        const sentence = model.sentences[model.sentenceOf[index]!]!;
        if (!GENERIC_DU.test(model.text.slice(sentence.start, sentence.end))) individuals.add(model.sentenceOf[index]!);
      });
      const hits: Hit[] = [];
      for (const match of matches) {
        const sentence = model.sentenceOf[match.firstToken]!;
        if (near(individuals, sentence, rule.sentenceWindow)) {
          hits.push({ start: match.start, end: match.end, values: { value: GROUP_NAMES[match.data] ?? match.data } });
        }
      }
      return hits;
    };
  },
};
