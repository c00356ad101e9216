/**
 * Personnummer and samordningsnummer: judged against personnummer/meta's shared test list and
 * Skatteverket's published test numbers (tests/reference/testdata, copied from the shared reference data), and found by lint() in running text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/engine/lint';
import { luhnValid, parsePersonnummer } from '../../../lib/engine/swedish/personnummer';
import { builtinPack } from '../../../lib/packs/builtin';
import { packWith } from './rules/support';

const testdata = join(import.meta.dirname, '../../reference/testdata');
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(testdata, path), 'utf8')) as T;

interface MetaEntry {
  integer: number;
  long_format?: string;
  short_format?: string;
  separated_format?: string;
  separated_long?: string;
  valid: boolean;
  type: 'ssn' | 'con' | 'interim' | 'org';
}
const FORMATS = ['long_format', 'short_format', 'separated_format', 'separated_long'] as const;

const metaList = readJson<MetaEntry[]>('personnummer-meta/list.json');
const orgNumbers = readJson<MetaEntry[]>('personnummer-meta/orgnumber.json');
const checkValues = readJson<{
  personnummer: { valid: Array<{ value: string }>; invalid: Array<{ value: string }> };
  organisationsnummer: { valid_not_personnummer: string[] };
}>('check-values.json');
const skatteverket = readFileSync(join(testdata, 'skatteverket-testpersonnummer/testpersonnummer-2000-jan-jun.subset.csv'), 'utf8')
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => /^\d+$/.test(line));

/** A fixed "today" so that the century of ten-digit numbers does not depend on when tests run. */
const TODAY = new Date('2025-06-15T12:00:00Z');

/** Check digit by Luhn over YYMMDDNNN, computed here independently of the code under test. */
function withCheckDigit(nine: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return nine + String((10 - (sum % 10)) % 10);
}
/** "YYMMDD" + separator + "NNN" + check digit. */
const number = (date: string, separator: string, serial: string) => {
  const digits = withCheckDigit(date.slice(-6) + serial);
  return `${date}${separator}${digits.slice(6)}`;
};

const bas = builtinPack('bas');
function flaggedByBas(text: string): string[] {
  return lint(text, { pack: bas, platform: 'facebook', account: 'official' })
    .findings.filter((finding) => finding.ruleId === 'bas.personnummer')
    .map((finding) => text.slice(finding.start, finding.end));
}

describe('personnummer/meta list.json', () => {
  it('holds valid and invalid entries of both types', () => {
    expect(metaList.some((entry) => entry.valid)).toBe(true);
    expect(metaList.some((entry) => !entry.valid)).toBe(true);
    expect(metaList.some((entry) => entry.type === 'con' && entry.valid)).toBe(true);
  });

  const rows = metaList.flatMap((entry, index) =>
    FORMATS.filter((format) => entry[format] !== undefined).map((format) => [index, format, entry[format]!, entry] as const),
  );
  it.each(rows)('entry %i, %s %j', (_index, _format, value, entry) => {
    const parsed = parsePersonnummer(value, TODAY);
    expect(parsed !== null, `${value} valid`).toBe(entry.valid);
    if (parsed) expect(parsed.samordningsnummer).toBe(entry.type === 'con');
    // With the real clock too: every valid entry lies in the past.
    expect(parsePersonnummer(value) !== null).toBe(entry.valid);
  });

  const textRows = metaList.flatMap((entry) =>
    FORMATS.filter((format) => entry[format] !== undefined && !entry[format]!.includes(' ')).map(
      (format) => [entry[format]!, entry.valid] as const,
    ),
  );
  it.each(textRows)('lint() flags %j in a sentence: %s', (value, valid) => {
    const text = `Hej! Numret ${value} står på blanketten.`;
    expect(flaggedByBas(text)).toEqual(valid ? [value] : []);
  });

  it('reads the century from the separator: 19090527+1474 and 090527+1474 are the same person', () => {
    const long = metaList.find((entry) => entry.separated_long === '19090527+1474')!;
    expect(parsePersonnummer(long.separated_long!, TODAY)).toEqual({ year: 1909, month: 5, day: 27, samordningsnummer: false });
    expect(parsePersonnummer(long.separated_format!, TODAY)).toEqual({ year: 1909, month: 5, day: 27, samordningsnummer: false });
  });
});

describe('check-values.json personnummer', () => {
  it.each(checkValues.personnummer.valid.map((entry) => [entry.value]))('%s is valid', (value) => {
    expect(parsePersonnummer(value, TODAY)).not.toBeNull();
  });
  it.each(checkValues.personnummer.invalid.map((entry) => [entry.value]))('%s is invalid', (value) => {
    expect(parsePersonnummer(value, TODAY)).toBeNull();
  });
});

describe('Skatteverket test personnummer', () => {
  it('the subset is there (376 numbers, born 2000-01-01 … 2000-06-30)', () => {
    expect(skatteverket).toHaveLength(376);
    expect(skatteverket.every((value) => /^2000(0[1-6])\d{6}$/.test(value))).toBe(true);
  });

  it('every number is a valid personnummer in each way it can be written', () => {
    const invalid = skatteverket.filter((value) => {
      const dashed = `${value.slice(0, 8)}-${value.slice(8)}`;
      const short = `${value.slice(2, 8)}-${value.slice(8)}`;
      return [value, dashed, short].some((written) => parsePersonnummer(written, TODAY) === null);
    });
    expect(invalid).toEqual([]);
    expect(skatteverket.every((value) => luhnValid(value.slice(2)))).toBe(true);
  });

  it('every number is flagged by lint() in a Swedish sentence with the bas pack', () => {
    const missed: string[] = [];
    for (const value of skatteverket) {
      for (const written of [value, `${value.slice(0, 8)}-${value.slice(8)}`, `${value.slice(2, 8)}-${value.slice(8)}`]) {
        const text = `Mitt barns personnummer är ${written} och jag undrar var ansökan finns.`;
        const flagged = flaggedByBas(text);
        if (flagged.length !== 1 || flagged[0] !== written) missed.push(written);
      }
    }
    expect(missed).toEqual([]);
  });

  it('gives the finding as an error in personal-data with the number in the message', () => {
    const text = 'Mitt personnummer är 20000101-2384, kan ni kolla?';
    const finding = lint(text, { pack: bas, platform: 'facebook', account: 'official' }).findings.find(
      (f) => f.ruleId === 'bas.personnummer',
    )!;
    expect(finding).toMatchObject({ category: 'personal-data', severity: 'error', start: 21, end: 34, suggestions: [] });
    expect(finding.message).toContain('20000101-2384');
    expect(finding.message).toContain('personnummer');
  });
});

describe('organisationsnummer are not personnummer', () => {
  const values = [
    ...orgNumbers.flatMap((entry) => [entry.short_format!, entry.separated_format!]),
    ...checkValues.organisationsnummer.valid_not_personnummer,
    '212000-2114', // a municipality's organisationsnummer
  ];

  it('the org numbers do pass the Luhn check (so the date is what rules them out)', () => {
    expect(orgNumbers.every((entry) => luhnValid(entry.short_format!))).toBe(true);
  });

  it.each(values.map((value) => [value]))('%s is not valid and not flagged', (value) => {
    expect(parsePersonnummer(value, TODAY)).toBeNull();
    expect(flaggedByBas(`Kommunens organisationsnummer är ${value}, skriv det på fakturan.`)).toEqual([]);
  });
});

describe('samordningsnummer (day + 60)', () => {
  it('is valid and marked as a samordningsnummer', () => {
    expect(parsePersonnummer('701063-2391', TODAY)).toEqual({ year: 1970, month: 10, day: 3, samordningsnummer: true });
  });

  it('accepts day 61 to day 60 + the days of the month, and nothing above', () => {
    expect(parsePersonnummer(number('800161', '-', '123'), TODAY)).toMatchObject({ month: 1, day: 1, samordningsnummer: true });
    expect(parsePersonnummer(number('800191', '-', '123'), TODAY)).toMatchObject({ month: 1, day: 31, samordningsnummer: true });
    expect(parsePersonnummer(number('800192', '-', '123'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('800490', '-', '123'), TODAY)).toMatchObject({ month: 4, day: 30 });
    expect(parsePersonnummer(number('800491', '-', '123'), TODAY)).toBeNull();
  });

  it('knows leap years: 29 February (+60) only in a leap year', () => {
    expect(parsePersonnummer(number('19800289', '-', '123'), TODAY)).toMatchObject({ year: 1980, month: 2, day: 29 });
    expect(parsePersonnummer(number('19810289', '-', '123'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('20000229', '-', '123'), TODAY)).toMatchObject({ year: 2000, month: 2, day: 29 });
    expect(parsePersonnummer(number('19000229', '-', '123'), TODAY)).toBeNull();
  });

  it('is flagged by lint() and named as a samordningsnummer', () => {
    const text = 'Samordningsnummer 701063-2391 står på kortet.';
    const findings = lint(text, { pack: bas, platform: 'facebook', account: 'official' }).findings.filter(
      (f) => f.ruleId === 'bas.personnummer',
    );
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['701063-2391']);
    expect(findings[0]!.message).toContain('samordningsnummer');
  });
});

describe('dates', () => {
  it('a date that does not exist is invalid', () => {
    expect(parsePersonnummer(number('19810230', '-', '123'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('19811301', '-', '123'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('19810100', '-', '123'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('19810431', '-', '123'), TODAY)).toBeNull();
  });

  it('a date after today is invalid', () => {
    expect(parsePersonnummer(number('20250616', '-', '123'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('20250615', '-', '123'), TODAY)).toMatchObject({ year: 2025, month: 6, day: 15 });
    expect(parsePersonnummer(number('20260101', '-', '123'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('20990101', '-', '123'))).toBeNull();
  });

  it('a year before 1800 is invalid', () => {
    expect(parsePersonnummer(number('17991231', '-', '123'), TODAY)).toBeNull();
  });

  it('birth number 000 is never assigned', () => {
    expect(parsePersonnummer(number('811218', '-', '000'), TODAY)).toBeNull();
    expect(parsePersonnummer(number('811218', '-', '001'), TODAY)).not.toBeNull();
  });
});

describe('the separator of ten-digit numbers', () => {
  it('"-" means under 100: the most recent year that fits', () => {
    expect(parsePersonnummer('811218-9876', TODAY)).toMatchObject({ year: 1981 });
    expect(parsePersonnummer(number('100101', '-', '123'), TODAY)).toMatchObject({ year: 2010 });
    expect(parsePersonnummer(number('250101', '-', '123'), TODAY)).toMatchObject({ year: 2025 });
  });

  it('"+" means 100 years or older: a century earlier', () => {
    expect(parsePersonnummer('811218+9876', TODAY)).toMatchObject({ year: 1881 });
    expect(parsePersonnummer(number('100101', '+', '123'), TODAY)).toMatchObject({ year: 1910 });
    expect(parsePersonnummer('090527+1474', TODAY)).toMatchObject({ year: 1909 });
    expect(parsePersonnummer('090527-1474', TODAY)).toMatchObject({ year: 2009 });
  });

  it('no separator reads as "-"', () => {
    expect(parsePersonnummer('8112189876', TODAY)).toMatchObject({ year: 1981 });
  });

  it('the century decides with twelve digits, whatever the separator', () => {
    expect(parsePersonnummer('19090527+1474', TODAY)).toMatchObject({ year: 1909 });
    expect(parsePersonnummer('198112189876', TODAY)).toMatchObject({ year: 1981 });
  });

  it('a space, a letter or a wrong length is not a personnummer', () => {
    expect(parsePersonnummer('811218 9876', TODAY)).toBeNull();
    expect(parsePersonnummer('811218-987', TODAY)).toBeNull();
    expect(parsePersonnummer('811218-98765', TODAY)).toBeNull();
    expect(parsePersonnummer('81121A-9876', TODAY)).toBeNull();
    expect(parsePersonnummer('811218/9876', TODAY)).toBeNull();
  });
});

describe('the century of ten-digit numbers', () => {
  const today = new Date(Date.UTC(2025, 5, 15));
  it('reads "-" as under 100, even when the birthday is later this year', () => {
    const number = withCheckDigit('250701123');
    expect(parsePersonnummer(`${number.slice(0, 6)}-${number.slice(6)}`, today)).toMatchObject({ year: 1925, month: 7, day: 1 });
    expect(parsePersonnummer(`${number.slice(0, 6)}+${number.slice(6)}`, today)).toMatchObject({ year: 1825 });
  });
  it('reads a birthday earlier this year as this year', () => {
    const number = withCheckDigit('250301123');
    expect(parsePersonnummer(`${number.slice(0, 6)}-${number.slice(6)}`, today)).toMatchObject({ year: 2025, month: 3 });
  });
});
