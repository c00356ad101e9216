/**
 * Drafts built to make a checker slow: long runs of digits, separators, repeated phrases, no
 * sentence breaks. Each used to take seconds (a rescan per token or per match); every rule now does
 * bounded work per token. A regression back to quadratic work takes these 100,000-character drafts
 * from tens of milliseconds to many seconds, past the test's time limit. `npm run bench` measures.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/engine/lint';
import { builtinPack } from '../../../lib/packs/builtin';

const pack = builtinPack('hofors');
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const DRAFTS: [string, string][] = [
  ['separators in one run', '1-1-1-_%+'],
  ['letters and separators in one run', 'a.b-c_d%e+'],
  ['spaced personnummer in one sentence', '811218 9876 och '],
  ['departure times', '05 05 05 20 '],
  ['home addresses', 'han bor på Storgatan 12 och '],
  ['short sentences', 'Du? Nej! Ja. '],
  ['one pronoun, over and over', 'du '],
  ['line breaks', 'Hej\n'],
  ['quotation marks', '”din ”synpunkt” '],
  ['emoji', '😀🙄 '],
];

describe('adversarial drafts finish in linear time', () => {
  it.each(DRAFTS)('%s', (_name, unit) => {
    const text = repeat(unit, 100_000);
    const { findings } = lint(text, { pack, platform: 'facebook', account: 'private' });
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0);
      expect(finding.end).toBeLessThanOrEqual(text.length);
      expect(finding.start).toBeLessThanOrEqual(finding.end);
    }
  });

  it('a named diagnosis followed by a pronoun many times', () => {
    const text = `Anna har diabetes ${repeat('du ', 100_000)}`;
    const { findings } = lint(text, { pack, platform: 'facebook', account: 'official' });
    expect(findings.some((finding) => text.slice(finding.start, finding.end) === 'diabetes')).toBe(true);
  });
});

describe('a draft with more findings than a call takes arguments', () => {
  it('a megabyte of eye-rolls is checked, not thrown', () => {
    const text = repeat('🙄 ', 1_000_000);
    expect(() => lint(text, { pack, platform: 'facebook', account: 'official' })).not.toThrow();
  });
});
