/**
 * `substitution`: officialese with a plain replacement, in every inflected form
 * (erhålla/erhåller/erhöll/erhållit → få/får/fick/fått). The replacement is the quick fix. Forms an
 * entry does not list — the old passive "utbetales", the participle "erhållna" — are generated from
 * the forms it does (swedish/inflection.ts); where the replacement's form is not known, the finding
 * names the plain word without offering a one-click fix.
 */
import { verbVariants } from '../swedish/inflection';
import { matchCase } from '../text/casing';
import { PhraseIndex } from '../text/phrases';
import type { RuleImplementation } from './rule';

/** A prefer string may offer alternatives: "om | när det gäller". */
const ALTERNATIVES = /\s*\|\s*/;

export const substitution: RuleImplementation<'substitution'> = {
  kind: 'substitution',
  swedishOnly: true,
  ownWordingOnly: true,
  compile(rule) {
    const forms = rule.entries.flatMap((entry) => {
      const notAfter = new Set(entry.notAfter.map((word) => word.toLowerCase()));
      return [
        ...entry.avoid.map((phrase, formIndex) => ({
          phrase,
          data: { replacements: (entry.prefer.length === 1 ? entry.prefer[0]! : entry.prefer[formIndex]!).split(ALTERNATIVES), fix: true, notAfter },
        })),
        ...verbVariants(entry.avoid, entry.prefer).map(({ form, prefer }) => ({
          phrase: form,
          data: { replacements: (prefer ?? entry.prefer[0]!).split(ALTERNATIVES), fix: prefer !== undefined, notAfter },
        })),
      ];
    });
    const index = new PhraseIndex(forms);
    return ({ model }) =>
      index.find(model).flatMap(({ firstToken, start, end, data }) => {
        const before = firstToken > 0 && model.sentenceOf[firstToken - 1] === model.sentenceOf[firstToken] ? model.lower[firstToken - 1]! : '';
        if (data.notAfter.has(before)) return [];
        const matched = model.text.slice(start, end);
        const replacements = data.replacements.filter(Boolean).map((word) => matchCase(matched, word));
        return [
          data.fix
            ? { start, end, suggestions: replacements }
            : { start, end, suggestions: [], values: { suggestion: replacements.join(' / ') } },
        ];
      });
  },
};
