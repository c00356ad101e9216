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
const IDENTITY_WORDS = /(?:person|samordnings|födelse|identitets)(?:nummer|nr|numret)|personummer|\bp-?nr\b|\bpers\.? ?nr\b|\bfödd\b|\bfödelsedata\b/giu;

/**
 * Where each sentence first names an identity number (the end of the word), read once per draft:
 * asking the sentence again for every number in it would re-read a long sentence once per number.
 */
function identityWordEnds(model: TextModel): Map<number, number> {
  const first = new Map<number, number>();
  for (const m of model.text.matchAll(IDENTITY_WORDS)) {
    const sentence = model.sentenceOf[model.tokenAt(m.index)];
    if (sentence !== undefined && !first.has(sentence)) first.set(sentence, m.index + m[0].length);
  }
  return first;
}

export const personnummer: RuleImplementation<'personnummer'> = {
  kind: 'personnummer',
  swedishOnly: false,
  ownWordingOnly: false,
  compile(rule) {
    const allowed = new Set(rule.allow.map(digitsOnly));
    return ({ model }) => {
      const hits: Hit[] = [];
      let announced: Map<number, number> | undefined;
      for (const m of model.text.matchAll(CANDIDATE)) {
        let written = m[0];
        const spaced = SPACED.exec(written);
        if (spaced) {
          announced ??= identityWordEnds(model);
          const end = announced.get(model.sentenceOf[model.tokenAt(m.index)]!);
          if (end === undefined || end > m.index) continue;
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
