/**
 * `language`: the pack's rules are written for one language (Swedish). A draft in another language
 * gets a hint that it was not checked against them, instead of a stream of false alarms.
 * The Swedish-only rules themselves are skipped by lint() for such drafts.
 */
import type { RuleImplementation } from './rule';

const LETTER = /\p{L}/gu;

export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['sv'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export const language: RuleImplementation<'language'> = {
  kind: 'language',
  swedishOnly: false,
  ownWordingOnly: false,
  compile(rule) {
    return ({ model, language: detected, pack }) => {
      if (detected === 'und' || detected === pack.language) return [];
      if ((model.text.match(LETTER)?.length ?? 0) < rule.minLength) return [];
      return [
        {
          start: 0,
          end: model.text.length,
          values: { value: languageName(detected), expected: languageName(pack.language) },
        },
      ];
    };
  },
};
