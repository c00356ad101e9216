/** `metric`: a readability measure over the whole draft, with a limit per platform (LIX). */
import { countLix, lixFromCounts } from '../readability';
import type { RuleImplementation } from './rule';

export const metric: RuleImplementation<'metric'> = {
  kind: 'metric',
  // LIX counts words and sentences, which every language has; the limits were set for Swedish.
  swedishOnly: true,
  compile(rule) {
    return ({ model, platform }) => {
      const counts = countLix(model);
      if (counts.words < rule.minWords) return [];
      const value = lixFromCounts(counts);
      const limit = rule.maxByPlatform[platform] ?? rule.max;
      if (!(value > limit)) return [];
      return [{ start: 0, end: model.text.length, values: { value: Math.round(value), limit } }];
    };
  },
};
