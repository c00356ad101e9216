/**
 * Swedish telephone numbers as people write them: 070-123 45 67, 0701234567, 08-123 456 78,
 * (08) 123 45 67, 023-830 00, +46 70 123 45 67, 0046 70 1234567.
 */

/**
 * A leading +46/0046/0, then at most five more digit groups joined by one space, hyphen or slash.
 * The bound keeps a timetable ("05 05 05 20 …") from becoming one candidate that is shortened again
 * and again: each match is short, and the next one starts after it.
 */
export const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}+\-/.,])(?:(?:\+|00)46[ -]?(?:\(0\)[ -]?)?[1-9]\d{0,11}|\(0\d{1,3}\)|0\d{1,11})(?:(?: ?[-–/] ?| )\d{1,8}){0,5}(?![\p{N}]|[.,]\d)/gu;

/** The number in national form (0…), digits only. */
export function nationalDigits(written: string): string {
  const digits = written.replace(/\(0\)/, '').replace(/\D/g, '');
  if (written.trim().startsWith('+46')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  return digits;
}

/** Non-geographic prefixes of businesses and services (toll-free, shared cost, premium): not personal. */
const SERVICE_PREFIXES = ['020', '0200', '077', '0900', '0939', '0944'];

export type PhoneKind = 'mobile' | 'landline';

/**
 * Whether national digits make a Swedish subscriber number: mobiles are 07x + 7 digits; landlines an
 * area code (08, 0xx, 0xxx) and 5–8 digits, 8 to 10 digits in all.
 */
export function phoneKind(national: string): PhoneKind | undefined {
  if (!/^0[1-9]\d+$/.test(national)) return undefined;
  if (SERVICE_PREFIXES.some((prefix) => national.startsWith(prefix))) return undefined;
  if (/^07[02369]/.test(national)) return national.length === 10 ? 'mobile' : undefined;
  if (national.startsWith('07')) return undefined;
  return national.length >= 8 && national.length <= 10 ? 'landline' : undefined;
}
