/**
 * `official-business` (identity): official business must not be handled from a private profile
 * (Falun "Använd inte din privata profil i tjänsteärenden"; Hofors 2.3: refer the person to the
 * official channels). With a private account, a draft that speaks in one's role or handles a case
 * gets one warning with the pack's referral template. Answering in one of the municipality's own
 * threads from a private profile is flagged too. The same text from the official account is fine.
 */
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

export const officialBusiness: RuleImplementation<'official-business'> = {
  kind: 'official-business',
  swedishOnly: true,
  compile(rule) {
    const phrases = new PhraseIndex(rule.phrases.map((phrase) => ({ phrase, data: phrase })));
    const patterns = rule.patterns.map((source) => new RegExp(source, 'iu'));
    return ({ model, account, thread }) => {
      if (account !== 'private') return [];
      const first = firstMatch();
      if (first) return [{ ...first, template: 'privateReferral' }];
      if (thread?.official && model.text.trim().length > 0) {
        return [{ start: 0, end: model.text.length, template: 'privateReferral', values: { value: 'thread' } }];
      }
      return [];

      function firstMatch(): Hit | undefined {
        const candidates: Hit[] = [];
        const phrase = phrases.find(model)[0];
        if (phrase) candidates.push({ start: phrase.start, end: phrase.end });
        for (const pattern of patterns) {
          const m = pattern.exec(model.text);
          if (m && m[0].length > 0) candidates.push({ start: m.index, end: m.index + m[0].length });
        }
        return candidates.sort((a, b) => a.start - b.start)[0];
      }
    };
  },
};
