/**
 * `confidential` (sekretess): a matter from socialtjänst, vård, omsorg or elevhälsa tied to an
 * individual or a case must not be discussed in social media (Hofors 3.2 "Inlägg som innehåller
 * sekretessbelagd information får inte förekomma"; OSL 26 kap. 1 §). The topic alone is general
 * information and is left alone; the topic together with a person or a case in the same or the next
 * sentence is flagged, with the pack's template for moving the matter to ordinary case handling.
 */
import { individualSentences, near } from '../swedish/individuals';
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

/** How many sentences apart a topic and an individual may stand and still be one matter. */
const SENTENCE_WINDOW = 1;

export const confidential: RuleImplementation<'confidential'> = {
  kind: 'confidential',
  swedishOnly: true,
  compile(rule) {
    const topics = new PhraseIndex(rule.topics.map((phrase) => ({ phrase, data: phrase })));
    const markers = new PhraseIndex(rule.individualMarkers.map((phrase) => ({ phrase, data: phrase })));
    return ({ model }) => {
      const topicMatches = topics.find(model);
      if (topicMatches.length === 0) return [];
      // The pack's own markers, plus what every rule knows: a name, "din mamma", "pojken", "ditt ärende".
      const individuals = individualSentences(model, { extra: markers, pronouns: true });
      if (individuals.size === 0) return [];
      const hits: Hit[] = [];
      for (const topic of topicMatches) {
        if (near(individuals, model.sentenceOf[topic.firstToken]!, SENTENCE_WINDOW)) {
          hits.push({ start: topic.start, end: topic.end, template: 'confidentialCase' });
        }
      }
      return hits;
    };
  },
};
