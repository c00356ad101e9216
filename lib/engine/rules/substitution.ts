/**
 * `substitution`: officialese with a plain replacement, in every inflected form
 * (erhålla/erhåller/erhöll/erhållit → få/får/fick/fått). The replacement is the quick fix.
 */
import { matchCase } from '../text/casing';
import { PhraseIndex } from '../text/phrases';
import type { RuleImplementation } from './rule';

/** A prefer string may offer alternatives: "om | när det gäller". */
const ALTERNATIVES = /\s*\|\s*/;

export const substitution: RuleImplementation<'substitution'> = {
  kind: 'substitution',
  swedishOnly: true,
  compile(rule) {
    const forms = rule.entries.flatMap((entry) =>
      entry.avoid.map((phrase, formIndex) => ({
        phrase,
        data: (entry.prefer.length === 1 ? entry.prefer[0]! : entry.prefer[formIndex]!).split(ALTERNATIVES),
      })),
    );
    const index = new PhraseIndex(forms);
    return ({ model }) =>
      index.find(model).map(({ start, end, data }) => {
        const matched = model.text.slice(start, end);
        return { start, end, suggestions: data.filter(Boolean).map((word) => matchCase(matched, word)) };
      });
  },
};
