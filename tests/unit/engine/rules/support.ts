/**
 * Helpers for the rule-kind tests: a small pack around the rules under test, and findings reduced
 * to what a user sees (the flagged passage of the original text, the fix, the rule).
 */
import { expect } from 'vitest';
import { lint } from '../../../../lib/engine/lint';
import type { Finding, LintOptions, ThreadContext } from '../../../../lib/engine/types';
import { loadPack } from '../../../../lib/packs/load';
import type { Pack } from '../../../../lib/packs/schema';

export const POLICY_REF = { document: 'Riktlinjer för sociala medier, Testkommun', section: '2.5 Bemötande och tilltal' };

export const TEMPLATES = {
  privateReferral: 'Kontakta kommunen via de officiella kanalerna.',
  confidentialCase: 'Vi tar din fråga vidare som ett vanligt ärende.',
};

/** A pack that holds only `rules` (filled out with id, category, severity, message and policyRef). */
export function packWith(rules: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): Pack {
  const result = loadPack({
    id: 'test',
    name: 'Testkommun',
    organisation: 'Testkommun',
    version: '1.0.0',
    policy: { title: 'Riktlinjer för sociala medier, Testkommun' },
    templates: TEMPLATES,
    rules: rules.map((rule, index) => ({
      id: `test.rule-${index}`,
      category: 'plain-language',
      severity: 'warning',
      message: '{match}',
      policyRef: POLICY_REF,
      ...rule,
    })),
    ...extra,
  });
  if (!result.ok) throw new Error(`test pack does not load: ${JSON.stringify(result.problems)}`);
  return result.pack;
}

export interface Options {
  platform?: LintOptions['platform'];
  account?: LintOptions['account'];
  thread?: ThreadContext;
  only?: string;
}

export function findings(pack: Pack, text: string, options: Options = {}): Finding[] {
  return lint(text, {
    pack,
    platform: options.platform ?? 'facebook',
    account: options.account ?? 'official',
    thread: options.thread,
    only: options.only === undefined ? undefined : new Set([options.only]),
  }).findings;
}

/** The flagged passages, in order, as text.slice(start, end) of the text given to lint(). */
export function flagged(pack: Pack, text: string, options: Options = {}): string[] {
  return findings(pack, text, options).map((finding) => text.slice(finding.start, finding.end));
}

/** One finding, checked to be the only one. */
export function single(pack: Pack, text: string, options: Options = {}): Finding {
  const all = findings(pack, text, options);
  expect(all, `findings for ${JSON.stringify(text)}`).toHaveLength(1);
  return all[0]!;
}
