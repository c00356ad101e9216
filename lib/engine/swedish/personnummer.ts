/**
 * Swedish personnummer and samordningsnummer (Skatteverket: folkbokföringslagen 18 §, SKV 704/707):
 * YYMMDD or YYYYMMDD, a separator ("-", or "+" from the year the person turns 100), a three-digit
 * birth number and a check digit (Luhn, weights 2-1 over the ten digits YYMMDDNNN). A
 * samordningsnummer adds 60 to the day. The date must exist.
 */

export interface ParsedPersonnummer {
  year: number;
  month: number;
  day: number;
  samordningsnummer: boolean;
}

/** Luhn over a string of digits; true when the last digit is the check digit of the rest. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The most recent birth year with these two digits ("-": under 100), a century earlier with "+". */
function tenDigitYear(shortYear: number, month: number, day: number, hundredOrOlder: boolean, today: Date): number {
  const thisYear = today.getUTCFullYear();
  let year = thisYear - (((thisYear - shortYear) % 100) + 100) % 100;
  if (Date.UTC(year, month - 1, day) > today.getTime()) year -= 100;
  return hundredOrOlder ? year - 100 : year;
}

/**
 * Reads a number written as Skatteverket writes it: 10 or 12 digits, with "-", "+" or nothing
 * between date and birth number (a space is not a separator: personnummer/meta's test list and
 * Skatteverket agree; the detector handles spaced numbers in running text itself).
 * Returns null unless it is a valid personnummer or samordningsnummer.
 * `today` decides the century of ten-digit numbers (the most recent past year, or a century
 * earlier with "+").
 */
export function parsePersonnummer(value: string, today: Date = new Date()): ParsedPersonnummer | null {
  const m = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(value.trim());
  if (!m) return null;
  const [, century, yy, mm, dd, separator, serial, check] = m;
  if (!luhnValid(`${yy}${mm}${dd}${serial}${check}`)) return null;
  // Skatteverket never assigns birth number 000.
  if (serial === '000') return null;

  const month = Number(mm);
  let day = Number(dd);
  const samordningsnummer = day > 60;
  if (samordningsnummer) day -= 60;
  const year = century !== undefined ? Number(century + yy) : tenDigitYear(Number(yy), month, day, separator === '+', today);
  if (year < 1800 || year > today.getUTCFullYear()) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (Date.UTC(year, month - 1, day) > today.getTime()) return null;
  return { year, month, day, samordningsnummer };
}
