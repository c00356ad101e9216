/** `existence`: words, phrases or patterns that must not appear (Vale's "existence"). */
import { PhraseIndex } from '../text/phrases';
import type { Hit, RuleImplementation } from './rule';

export const existence: RuleImplementation<'existence'> = {
  kind: 'existence',
  swedishOnly: true,
  ownWordingOnly: true,
  compile(rule) {
    const index = new PhraseIndex(rule.tokens.map((phrase) => ({ phrase, data: phrase })));
    const patterns = rule.patterns.map((source) => new RegExp(source, 'giu'));
    return ({ model }) => {
      const hits: Hit[] = index.find(model).map(({ start, end }) => ({ start, end }));
      for (const pattern of patterns) {
        pattern.lastIndex = 0;
        for (const m of model.text.matchAll(pattern)) {
          if (m[0].length > 0) hits.push({ start: m.index, end: m.index + m[0].length });
        }
      }
      return hits;
    };
  },
};
