/**
 * `phone-number` (personal data): a private person's telephone number must not be published
 * (GDPR art. 5 and 6; the guidelines' ban on personal data). Official numbers are left alone: the
 * pack's (the switchboard, a service's own line), businesses' service numbers (020, 077x), and any
 * number the sentence presents as the organisation's ("ring växeln på …", "Kundtjänst nås på …",
 * "Du når oss på … (växeln)") — Hofors 2.3 asks private profiles to refer people exactly there. A
 * number the sentence gives as someone's own ("ditt nummer", "hans privata mobil", "vi ringer dig på …") is personal
 * whatever else is said. Numbers named as something else (invoice, OCR, bankgiro, case, customer
 * number) are left alone.
 */
import { namedAsOtherNumber } from '../swedish/number-names';
import { nationalDigits, PHONE_CANDIDATE, phoneKind } from '../swedish/phone';
import type { TextModel } from '../text/model';
import type { Hit, RuleImplementation } from './rule';

/** "nr"/"nummer" alone name some other number, unless "telefon" or "mobil" is part of the word. */
const BARE_NUMBER_NAME = /(?:\bnr\b|(?<!telefon|mobil)nummer)[\s.:#-]*$/iu;
/** Personnummer shape (YYMMDD-NNNN): the personnummer rule's business, not this one's. */
const PERSONNUMMER_SHAPE = /^(?:\d{2})?\d{6}[-+]\d{4}$/;
/** How many words before a number may say whose it is. */
const CONTEXT_WORDS = 8;

/** Words that present a number as the organisation's: its switchboard, service desk, office or "us". */
const OFFICIAL_WORD =
  /^(?:\p{L}*(?:växel|växeln|kundtjänst|kundtjänsten|kundservice|kontaktcenter|kontaktcentret|servicecenter|servicecentret|medborgarservice|medborgarcenter|reception|receptionen|expedition|expeditionen|kansli|kansliet|kommun|kommunen|kommuns|kommunens|förvaltning|förvaltningen|förvaltningens|jour|jouren|upplysning|upplysningen)|oss|vårt|vår|våra)$/u;
/** Words that make it someone's own: "ditt nummer", "hans privata mobil", "mitt mobilnummer". */
const OWNER = new Set(['ditt', 'din', 'hans', 'hennes', 'hens', 'mitt', 'min', 'sitt', 'sin', 'deras', 'privat', 'privata', 'privatnummer', 'hemnummer']);
const NUMBER_WORD = /^(?:nummer|numret|nr|mobil|mobilen|mobilnummer|mobilnumret|telefon|telefonen|telefonnummer|telefonnumret|tfn|tel|privatnummer|hemnummer)$/u;

/** Whom a call goes to: "ringer dig på …", "ringer upp henne på …". */
const CALLED = new Set(['dig', 'er', 'honom', 'henne', 'hen', 'dem', 'mig']);

type Owner = 'personal' | 'official' | undefined;

/** Whose number it is, by the words of its sentence just before it and a "(växeln)" just after. */
function ownerOf(model: TextModel, start: number, end: number): Owner {
  const first = model.tokenAt(start);
  const sentence = model.sentenceOf[Math.min(first, model.tokens.length - 1)];
  let official = false;
  for (let k = first - 1; k >= 0 && k >= first - CONTEXT_WORDS && model.sentenceOf[k] === sentence; k--) {
    const word = model.lower[k]!;
    if (word === 'privatnummer' || word === 'hemnummer') return 'personal';
    if (OWNER.has(word) && NUMBER_WORD.test(model.lower[k + 1] ?? '')) return 'personal';
    // "Vår jour ringer upp Er på 070-…": the number of the person who is called.
    if (CALLED.has(word) && model.lower[k + 1] === 'på' && k + 2 === first) return 'personal';
    if (OFFICIAL_WORD.test(word)) official = true;
  }
  if (official) return 'official';
  // "023-830 00 (växeln)"
  const after = model.tokenAt(end);
  if (model.tokens[after]?.text === '(' && OFFICIAL_WORD.test(model.lower[after + 1] ?? '')) return 'official';
  return undefined;
}

/** A phone number has at most this many digit groups; longer runs are timetables or lists. */
const MAX_GROUPS = 6;
const GROUP_SEPARATOR = / ?[-–/] ?| /u;

/**
 * The longest leading groups of a candidate that make a Swedish number ("Ring 070-123 45 67 10
 * gånger" → "070-123 45 67"). At most MAX_GROUPS prefixes are tried, so the work per candidate is bounded.
 */
function longestNumber(written: string): { written: string; national: string; kind: ReturnType<typeof phoneKind> } | undefined {
  // Only Stockholm's area code has two digits: "05 05 20" is a timetable, "08 12 34 56" a number.
  if (/^0[1-79][ \-–/]/u.test(written)) return undefined;
  const cuts: number[] = [];
  const separator = new RegExp(GROUP_SEPARATOR.source, 'gu');
  for (let m = separator.exec(written); m !== null && cuts.length < MAX_GROUPS; m = separator.exec(written)) cuts.push(m.index);
  cuts.push(written.length);
  for (let k = Math.min(cuts.length, MAX_GROUPS) - 1; k >= 0; k--) {
    const prefix = written.slice(0, cuts[k]);
    const national = nationalDigits(prefix);
    const kind = phoneKind(national);
    if (kind) return { written: prefix, national, kind };
  }
  return undefined;
}

export const phoneNumber: RuleImplementation<'phone-number'> = {
  kind: 'phone-number',
  swedishOnly: false,
  ownWordingOnly: false,
  compile(rule) {
    return ({ model, pack }) => {
      const official = new Set([...pack.contacts.phones, ...rule.allow].map(nationalDigits));
      const hits: Hit[] = [];
      for (const m of model.text.matchAll(PHONE_CANDIDATE)) {
        if (PERSONNUMMER_SHAPE.test(m[0])) continue;
        const number = longestNumber(m[0]);
        if (!number) continue;
        const end = m.index + number.written.length;
        const owner = ownerOf(model, m.index, end);
        if (official.has(number.national)) continue;
        if (owner !== 'personal') {
          if (owner === 'official') continue;
          if (namedAsOtherNumber(model.text, m.index, BARE_NUMBER_NAME)) continue;
        }
        hits.push({ start: m.index, end, values: { value: number.kind === 'mobile' ? 'mobilnummer' : 'telefonnummer' } });
      }
      return hits;
    };
  },
};
