/**
 * Pack patterns on the linear-time matcher: the same matches as RegExp where RegExp is safe, an
 * answer where RegExp would hang, and a clear refusal of what needs backtracking.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PROGRAM, Pattern, patternProblem } from '../../../../lib/engine/text/pattern';

const spans = (source: string, text: string, ignoreCase = true) =>
  [...new Pattern(source, { ignoreCase }).matchAll(text)].map(({ start, end }) => text.slice(start, end));
const native = (source: string, text: string, ignoreCase = true) =>
  [...text.matchAll(new RegExp(source, ignoreCase ? 'giu' : 'gu'))].map((m) => m[0]);

describe('Pattern', () => {
  it('finds what RegExp finds in ordinary pack patterns', () => {
    const cases: [string, string][] = [
      ['skall', 'Vi skall se. SKALL vi?'],
      ['\\bvederbörande\\b', 'Vederbörande handläggare, vederbörandes'],
      ['\\d{3} ?\\d{2}', 'Postnummer 813 30 och 81330, inte 8133'],
      ['[A-ZÅÄÖ][a-zåäö]+gatan \\d+', 'Hon bor på Storgatan 12 och Ågatan 3.'],
      ['\\p{Lu}{2,}', 'LÄS PÅ innan du skriver'],
      ['(?:ring|mejla) (?:mig|oss)', 'Ring mig eller mejla oss'],
      ['a.*?b', 'aXbXb ab'],
      ['a.*b', 'aXbXb ab'],
      ['colou?r', 'color colour colouur'],
      ['^Hej', 'Hej hej'],
      ['!$', 'Nej! Nej!'],
      ['x*', 'axxb'],
      ['[^\\s]+@kommun\\.se', 'skriv till anna.berg@kommun.se eller x@kommun.se'],
      ['😀+', 'glad 😀😀 och 😀'],
      ['(?<ord>tack)', 'Tack och tack'],
    ];
    for (const [source, text] of cases) expect(spans(source, text), source).toEqual(native(source, text));
    expect(spans('skall', 'Skall', false)).toEqual([]);
  });

  it('gives offsets in UTF-16 units, as the rest of the engine', () => {
    const [match] = [...new Pattern('ö+', { ignoreCase: false }).matchAll('😀 höö')];
    expect(match).toEqual({ start: 4, end: 6 });
  });

  it('answers where a backtracking engine never would', () => {
    // Each of these takes RegExp longer than the age of the universe on such a text.
    expect(spans('(a+)+$', `${'a'.repeat(50_000)}b`)).toEqual([]);
    expect(spans('(x+x+)+y', 'x'.repeat(50_000))).toEqual([]);
    expect(spans('(\\w+\\s?)*$', `${'ab '.repeat(20_000)}!`)).toEqual(['']);
    expect(spans('(.*a){12}', 'a'.repeat(5_000)).length).toBe(1);
  });

  it('stops a match-all that keeps rereading the text, keeping what it found', () => {
    // "a.*b|a" on a's without a b looks to the end for every "a": quadratic, so it stops.
    const text = 'a'.repeat(20_000);
    const found = spans('a.*b|a', text);
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(text.length);
    expect(found.every((span) => span === 'a')).toBe(true);
  });

  it('refuses, with the place, what needs backtracking or is not a pattern', () => {
    const problem = (source: string) => {
      const error = patternProblem(source);
      return error && `${error.at}: ${error.message}`;
    };
    expect(problem('(?=a)b')).toMatch(/^0: lookahead .* not supported/);
    expect(problem('x(?<!a)b')).toMatch(/^1: lookbehind .* not supported/);
    expect(problem('(a)\\1')).toMatch(/^3: back-references .* not supported/);
    expect(problem('(?<n>a)\\k<n>')).toMatch(/back-references/);
    // What RegExp itself refuses gets its own words, without a place.
    expect(problem('(ab')).toBe('-1: Unterminated group');
    expect(problem('ab)')).toBe('-1: Unmatched \')\'');
    expect(problem('*a')).toBe('-1: Nothing to repeat');
    expect(problem('[b-a]')).toBe('-1: Range out of order in character class');
    expect(problem('\\p{Nope}')).toBe('-1: Invalid property name');
    expect(problem('a{')).toBe('-1: Incomplete quantifier');
    expect(problem('\\q')).toBe('-1: Invalid escape');
    expect(problem('a{1,1000}')).toMatch(/^1: a count above 100/);
    expect(problem(`(?:${'a?'.repeat(MAX_PROGRAM)})`)).toMatch(/too large/);
    expect(problem('[a-z]+gatan \\d+')).toBeUndefined();
  });

  it('matches RegExp on generated patterns and texts', () => {
    // Small patterns over a small alphabet, where RegExp is quick: the two must agree exactly. A
    // repetition of something that can match nothing is left out: there RegExp's rule that such an
    // iteration fails (ECMA-262 RepeatMatcher) can give another span, as RE2 does too.
    type Gen = { source: string; empty: boolean };
    const atom = fc.oneof(
      fc.constantFrom('a', 'b', 'å', 'Å', '.', '\\d', '\\w', '\\s', '\\p{L}', '\\p{Lu}', '[ab]', '[^a]', '[a-c]', '1').map((source) => ({ source, empty: false })),
      fc.constantFrom('\\b', '\\B', '^', '$').map((source) => ({ source, empty: true })),
    );
    const pattern = fc.letrec<{ node: Gen }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        atom,
        fc.tuple(tie('node'), tie('node')).map(([a, b]) => ({ source: a.source + b.source, empty: a.empty && b.empty })),
        fc.tuple(tie('node'), tie('node')).map(([a, b]) => ({ source: `(?:${a.source}|${b.source})`, empty: a.empty || b.empty })),
        fc.tuple(tie('node'), fc.constantFrom('*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,}')).map(([a, q]) =>
          a.empty ? a : { source: `(?:${a.source})${q}`, empty: /^[*?]|^\{0/.test(q) },
        ),
      ),
    })).node;
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'å', 'Å', ' ', '1', 'A'), maxLength: 12 });
    fc.assert(
      fc.property(pattern, text, fc.boolean(), ({ source }, input, ignoreCase) => {
        expect(spans(source, input, ignoreCase)).toEqual(native(source, input, ignoreCase));
      }),
      { numRuns: 3_000 },
    );
  });
});
