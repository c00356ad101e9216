/** `occurrence`: too many words (or characters, or matches of a pattern) in a sentence or the draft. */
import { isWord } from '../text/model';
import { Pattern } from '../text/pattern';
import type { Hit, RuleImplementation } from './rule';

export const occurrence: RuleImplementation<'occurrence'> = {
  kind: 'occurrence',
  swedishOnly: false,
  ownWordingOnly: false,
  compile(rule) {
    const pattern = rule.pattern === undefined ? undefined : new Pattern(rule.pattern, { ignoreCase: false });
    return ({ model }) => {
      const spans =
        rule.scope === 'text'
          ? [{ start: 0, end: model.text.length, firstToken: 0, endToken: model.tokens.length }]
          : model.sentences;
      const hits: Hit[] = [];
      for (const span of spans) {
        let count = 0;
        if (pattern) {
          for (const { start, end } of pattern.matchAll(model.text.slice(span.start, span.end))) if (end > start) count++;
        } else if (rule.unit === 'characters') {
          count = span.end - span.start;
        } else {
          for (let i = span.firstToken; i < span.endToken; i++) if (isWord(model.tokens[i]!)) count++;
        }
        if (count > rule.max) hits.push({ start: span.start, end: span.end, values: { value: count, limit: rule.max } });
      }
      return hits;
    };
  },
};
