/**
 * `phone-number` (personal data): a private person's telephone number must not be published
 * (GDPR art. 5 and 6; the guidelines' ban on personal data). The pack's official numbers (the
 * switchboard, a service's own line) and businesses' service numbers (020, 077x) are not personal
 * data and are left alone, as are numbers that the sentence names as something else: an invoice,
 * OCR, bankgiro, case or customer number.
 */
import { namedAsOtherNumber } from '../swedish/number-names';
import { nationalDigits, PHONE_CANDIDATE, phoneKind } from '../swedish/phone';
import type { Hit, RuleImplementation } from './rule';

/** "nr"/"nummer" alone name some other number, unless "telefon" or "mobil" is part of the word. */
const BARE_NUMBER_NAME = /(?:\bnr\b|(?<!telefon|mobil)nummer)[\s.:#-]*$/iu;
/** Personnummer shape (YYMMDD-NNNN): the personnummer rule's business, not this one's. */
const PERSONNUMMER_SHAPE = /^(?:\d{2})?\d{6}[-+]\d{4}$/;

export const phoneNumber: RuleImplementation<'phone-number'> = {
  kind: 'phone-number',
  swedishOnly: false,
  compile(rule) {
    return ({ model, pack }) => {
      const official = new Set([...pack.contacts.phones, ...rule.allow].map(nationalDigits));
      const hits: Hit[] = [];
      for (const m of model.text.matchAll(PHONE_CANDIDATE)) {
        let written = m[0];
        if (PERSONNUMMER_SHAPE.test(written)) continue;
        // "Ring 070-123 45 67 10 gånger": drop trailing groups until the digits make a number.
        let national = nationalDigits(written);
        while (!phoneKind(national) && /[ \-–/]\d+$/.test(written)) {
          written = written.replace(/ ?[ \-–/] ?\d+$/, '');
          national = nationalDigits(written);
        }
        const kind = phoneKind(national);
        if (!kind || official.has(national)) continue;
        if (namedAsOtherNumber(model.text, m.index, BARE_NUMBER_NAME)) continue;
        hits.push({ start: m.index, end: m.index + written.length, values: { value: kind === 'mobile' ? 'mobilnummer' : 'telefonnummer' } });
      }
      return hits;
    };
  },
};
