/**
 * `nominalisation` (plain language): the action hidden in a noun, with an empty verb to carry it
 * ("Tömning av kärlen sker varannan vecka", "Utförandet av arbetet kommer att ske i vecka 34",
 * "Därefter sker utbetalning av bidraget"). Myndigheternas skrivregler call it substantivsjuka: say
 * who does what ("Vi tömmer kärlen varannan vecka"). A verbal noun — a word ending in one of the
 * pack's suffixes (-ning, -andet, -else …) — followed by "av" and what is acted on, within a few
 * words of one of the empty verbs in the same sentence, is flagged from the noun to the verb. A
 * plain "Tömningen sker varannan vecka" is common Swedish and left alone. There is no one-click
 * fix: the sentence needs rewriting.
 */
import type { Hit, RuleImplementation } from './rule';

/** Verbal nouns are long; shorter words with these endings are ordinary nouns ("ning", "ande"). */
const MIN_NOUN_LETTERS = 7;

export const nominalisation: RuleImplementation<'nominalisation'> = {
  kind: 'nominalisation',
  swedishOnly: true,
  ownWordingOnly: true,
  compile(rule) {
    const verbs = rule.verbs.map((verb) => verb.toLowerCase().split(/\s+/u));
    const suffixes = rule.suffixes.map((suffix) => suffix.toLowerCase());
    const isVerbalNoun = (word: string) =>
      word.length >= MIN_NOUN_LETTERS && suffixes.some((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 3);
    return ({ model }) => {
      const { tokens, lower, sentenceOf } = model;
      /** Length in tokens of an empty verb starting at i, or 0. */
      const verbAt = (i: number): number => {
        for (const words of verbs) {
          if (words.every((word, k) => lower[i + k] === word && sentenceOf[i + k] === sentenceOf[i])) return words.length;
        }
        return 0;
      };
      const hits: Hit[] = [];
      let next = 0;
      for (let i = 0; i < tokens.length; i++) {
        if (i < next || tokens[i]!.type !== 'word' || !isVerbalNoun(lower[i]!) || lower[i + 1] !== 'av') continue;
        // The verb after the noun ("Tömning av kärlen sker") or just before it ("sker utbetalning").
        let end = -1;
        for (let k = i + 1; k <= i + rule.window && k < tokens.length && sentenceOf[k] === sentenceOf[i]; k++) {
          const length = verbAt(k);
          if (length > 0) {
            end = k + length - 1;
            break;
          }
        }
        let start = i;
        if (end < 0) {
          for (let k = i - 1; k >= i - 2 && k >= 0 && sentenceOf[k] === sentenceOf[i]; k--) {
            const length = verbAt(k);
            if (length > 0 && k + length <= i) {
              start = k;
              end = i;
              break;
            }
          }
        }
        if (end < 0) continue;
        hits.push({ start: tokens[start]!.start, end: tokens[end]!.end });
        next = end + 1;
      }
      return hits;
    };
  },
};
