/**
 * `phone-number` (personal data): a private person's telephone number must not be published
 * (GDPR art. 5 and 6; the guidelines' ban on personal data). The pack's official numbers (the
 * switchboard, a service's own line) and businesses' service numbers (020, 077x) are not personal
 * data and are left alone, as are numbers that the sentence names as something else: an invoice,
 * OCR, bankgiro, case or customer number.
 */
import { nationalDigits, PHONE_CANDIDATE, phoneKind } from '../swedish/phone';
import type { Hit, RuleImplementation } from './rule';

/** Words that say the number that follows is not a telephone number. */
const NOT_A_PHONE =
  /(?:faktura\w*|ocr\w*|bankgiro\w*|plusgiro\w*|\bbg\b|\bpg\b|dnr|diarie\w*|ärende\w*|referens\w*|\bref\b|kund\w*|order\w*|organisations\w*|\borg\.? ?nr\b|konto\w*|clearing\w*|\bnr\b|nummer|artikel\w*|avi\w*)[\s.:#-]*$/iu;
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
        const before = model.text.slice(Math.max(0, m.index - 30), m.index);
        if (NOT_A_PHONE.test(before) && !/(?:telefon|tel|mobil|ring)\w*[\s.:]*$/iu.test(before)) continue;
        hits.push({ start: m.index, end: m.index + written.length, values: { value: kind === 'mobile' ? 'mobilnummer' : 'telefonnummer' } });
      }
      return hits;
    };
  },
};
