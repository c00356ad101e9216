/** `existence`: words, phrases and patterns that must not appear. */
import { describe, expect, it } from 'vitest';
import { findings, flagged, packWith, POLICY_REF, single } from './support';

const pack = packWith([
  {
    id: 'test.ord',
    kind: 'existence',
    category: 'tone',
    severity: 'warning',
    message: 'Undvik ”{match}”.',
    tokens: ['dumt', 'kontakta mig privat', 'idiot*'],
    patterns: ['\\bswisha\\s+\\d+\\s*kr\\b'],
  },
]);

describe('existence: what it catches', () => {
  it('a listed word, with the rule\'s id, category, severity, policy and message', () => {
    const text = 'Det var dumt gjort.';
    const finding = single(pack, text);
    expect(finding).toEqual({
      ruleId: 'test.ord',
      category: 'tone',
      severity: 'warning',
      start: 8,
      end: 12,
      message: 'Undvik ”dumt”.',
      suggestions: [],
      policyRef: POLICY_REF,
    });
    expect(text.slice(finding.start, finding.end)).toBe('dumt');
  });

  it('in any case, and the message quotes it as written', () => {
    expect(flagged(pack, 'DUMT! Dumt. dumt.')).toEqual(['DUMT', 'Dumt', 'dumt']);
    expect(single(pack, 'Så Dumt.').message).toBe('Undvik ”Dumt”.');
  });

  it('a phrase of several words, across more than one space', () => {
    expect(flagged(pack, 'Du kan kontakta mig privat i kväll.')).toEqual(['kontakta mig privat']);
    expect(flagged(pack, 'Du kan kontakta  mig\nprivat i kväll.')).toEqual(['kontakta  mig\nprivat']);
  });

  it('a word given with a star, in any ending', () => {
    expect(flagged(pack, 'Ni är idioter. Idiotiskt!')).toEqual(['idioter', 'Idiotiskt']);
  });

  it('a regular expression, case-insensitively', () => {
    const text = 'Du kan Swisha 50 kr till mig.';
    expect(flagged(pack, text)).toEqual(['Swisha 50 kr']);
  });

  it('every occurrence, in the order of the text', () => {
    const text = 'Dumt och dumt, kontakta mig privat.';
    expect(findings(pack, text).map((f) => [f.start, f.end])).toEqual([[0, 4], [9, 13], [15, 34]]);
  });
});

describe('existence: what it leaves alone', () => {
  it('a longer word that merely starts with a listed word', () => {
    expect(flagged(pack, 'Vilken dumtsnutt.')).toEqual([]);
    expect(flagged(pack, 'Det var dum.')).toEqual([]);
  });

  it('a phrase broken by the end of a sentence', () => {
    expect(flagged(pack, 'Ring och kontakta mig. Privat är bäst.')).toEqual([]);
  });

  it('a phrase with the words in another order or with a word between', () => {
    expect(flagged(pack, 'Kontakta inte mig privat.')).toEqual([]);
  });

  it('words inside links and e-mail addresses', () => {
    expect(flagged(pack, 'Läs https://falun.se/dumt och skriv till dumt@falun.se i dag.')).toEqual([]);
  });

  it('a disabled rule', () => {
    const disabled = packWith([{ kind: 'existence', tokens: ['dumt'], enabled: false }]);
    expect(flagged(disabled, 'Det var dumt.')).toEqual([]);
  });
});
