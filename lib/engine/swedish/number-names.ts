/**
 * What the words before a number say it is. "Faktura 8112189876" or "OCR 0123456789" names an
 * invoice or payment reference, which may happen to pass a personnummer check digit or look like a
 * phone number; the detectors leave such numbers alone.
 */

/** Names of numbers that are not about a person: invoices, payments, cases, customers, accounts. */
const OTHER_NUMBER_NAME =
  /(?:faktura\w*|ocr\w*|bankgiro\w*|plusgiro\w*|\bbg\b|\bpg\b|dnr|diarie\w*|ärende\w*|referens\w*|\bref\b|kund\w*|order\w*|organisations\w*|\borg\.? ?nr\b|konto\w*|clearing\w*|artikel\w*|avi\w*)[\s.:#-]*$/iu;
/** How far back the name may stand ("Fakturanummer: 123…"). */
const LOOK_BACK = 30;

export function namedAsOtherNumber(text: string, offset: number, extra?: RegExp): boolean {
  const before = text.slice(Math.max(0, offset - LOOK_BACK), offset);
  return OTHER_NUMBER_NAME.test(before) || (extra?.test(before) ?? false);
}
