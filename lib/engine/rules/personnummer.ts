/**
 * `personnummer`: personal identity numbers in a draft are personal data that must not be published
 * (GDPR art. 87 and lag (2018:218) 3 kap. 10 §). Found in every way people write them and confirmed
 * by check digit and date, so that dates, invoice and organisation numbers are left alone.
 */
import { namedAsOtherNumber } from '../swedish/number-names';
import { parsePersonnummer } from '../swedish/personnummer';
import type { TextModel } from '../text/model';
import type { Hit, RuleImplementation } from './rule';

// 6 or 8 digits, an optional separator, 4 digits; not inside a longer number or a word.
const CANDIDATE = /(?<![\p{L}\p{N}+-])(?:\d{2})?\d{6}[-+ ]?\d{4}(?![\p{N}]|-\d)/gu;
const digitsOnly = (value: string) => value.replace(/\D/g, '');

/**
 * A space between date and birth number is not Skatteverket's format, and "ddddd dddd" in running
 * text is as often a phone or reference number. Such a number is taken as a personnummer only when
 * its sentence says so before it: "Mitt personnummer är 811218 9876", "pnr 811218 9876".
 */
const SPACED = /^(\d{6}|\d{8}) (\d{4})$/;
const IDENTITY_WORDS = /(?:person|samordnings|födelse|identitets)(?:nummer|nr|numret)|personummer|\bp-?nr\b|\bpers\.? ?nr\b|\bfödd\b|\bfödelsedata\b/iu;

function announcedAsIdentityNumber(model: TextModel, offset: number): boolean {
  const sentence = model.sentences.find((s) => s.start <= offset && offset < s.end);
  const from = sentence ? sentence.start : Math.max(0, offset - 80);
  return IDENTITY_WORDS.test(model.text.slice(from, offset));
}

export const personnummer: RuleImplementation<'personnummer'> = {
  kind: 'personnummer',
  swedishOnly: false,
  ownWordingOnly: false,
  compile(rule) {
    const allowed = new Set(rule.allow.map(digitsOnly));
    return ({ model }) => {
      const hits: Hit[] = [];
      for (const m of model.text.matchAll(CANDIDATE)) {
        let written = m[0];
        const spaced = SPACED.exec(written);
        if (spaced) {
          if (!announcedAsIdentityNumber(model, m.index)) continue;
          written = `${spaced[1]}-${spaced[2]}`;
        }
        if (namedAsOtherNumber(model.text, m.index)) continue;
        const parsed = parsePersonnummer(written);
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
