/** `existence`: words, phrases or patterns that must not appear (Vale's "existence"). */
import { Pattern } from '../text/pattern';
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

export const existence: RuleImplementation<'existence'> = {
  kind: 'existence',
  swedishOnly: true,
  ownWordingOnly: true,
  compile(rule) {
    const index = new PhraseIndex(rule.tokens.map((phrase) => ({ phrase, data: phrase })));
    const patterns = rule.patterns.map((source) => new Pattern(source, { ignoreCase: true }));
    return ({ model }) => {
      const hits: Hit[] = index.find(model).map(({ start, end }) => ({ start, end }));
      for (const pattern of patterns) {
        for (const { start, end } of pattern.matchAll(model.text)) if (end > start) hits.push({ start, end });
      }
      return hits;
    };
  },
};
