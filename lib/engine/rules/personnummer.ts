/**
 * `personnummer`: personal identity numbers in a draft are personal data that must not be published
 * (GDPR art. 87 and lag (2018:218) 3 kap. 10 §). Found in every way people write them and confirmed
 * by check digit and date, so that dates, invoice and organisation numbers are left alone.
 */
import { parsePersonnummer } from '../swedish/personnummer';
import type { Hit, RuleImplementation } from './rule';

// 6 or 8 digits, an optional separator, 4 digits; not inside a longer number or a word.
const CANDIDATE = /(?<![\p{L}\p{N}+-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\p{N}]|-\d)/gu;
const digitsOnly = (value: string) => value.replace(/\D/g, '');

export const personnummer: RuleImplementation<'personnummer'> = {
  kind: 'personnummer',
  swedishOnly: false,
  compile(rule) {
    const allowed = new Set(rule.allow.map(digitsOnly));
    return ({ model }) => {
      const hits: Hit[] = [];
      for (const m of model.text.matchAll(CANDIDATE)) {
        const parsed = parsePersonnummer(m[0]);
        if (!parsed) continue;
        if (parsed.samordningsnummer && !rule.samordningsnummer) continue;
        if (allowed.has(digitsOnly(m[0]))) continue;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          values: { value: parsed.samordningsnummer ? 'samordningsnummer' : 'personnummer' },
        });
      }
      return hits;
    };
  },
};
