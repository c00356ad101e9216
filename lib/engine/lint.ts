/**
 * lint(): checks one draft against a pack. Pure: no DOM, no extension APIs, no network; the content
 * scripts, the options page and the command line all call this same function.
 */
import type { Pack, Rule } from '../packs/schema';
import { detectLanguage } from './language';
import { countLix, lixFromCounts } from './readability';
import { RULE_IMPLEMENTATIONS } from './rules';
import { measure } from './rules/platform-length';
import type { Check, Hit, RuleContext } from './rules/rule';
import { buildTextModel } from './text/model';
import type { Finding, LintOptions, LintResult, Severity } from './types';

interface CompiledRule {
  rule: Rule;
  check: Check;
  swedishOnly: boolean;
  ownWordingOnly: boolean;
}

// Compiling builds phrase indexes for hundreds of words: once per pack object, not per keystroke.
const compiledPacks = new WeakMap<Pack, CompiledRule[]>();

export function compilePack(pack: Pack): CompiledRule[] {
  let compiled = compiledPacks.get(pack);
  if (!compiled) {
    compiled = pack.rules
      .filter((rule) => rule.enabled)
      .map((rule) => {
        const implementation = RULE_IMPLEMENTATIONS[rule.kind] as (typeof RULE_IMPLEMENTATIONS)[typeof rule.kind] & {
          compile(rule: Rule): Check;
        };
        return {
          rule,
          check: implementation.compile(rule),
          swedishOnly: implementation.swedishOnly,
          ownWordingOnly: implementation.ownWordingOnly,
        };
      });
    compiledPacks.set(pack, compiled);
  }
  return compiled;
}

const packNames = new WeakMap<Pack, ReadonlySet<string>>();
/** The pack's names as a set, made once per pack object. */
function namesOf(pack: Pack): ReadonlySet<string> {
  let names = packNames.get(pack);
  if (!names) packNames.set(pack, (names = new Set(pack.names)));
  return names;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface LintOnlyOptions {
  /** Run only these rules (pack tests run one rule at a time). */
  only?: ReadonlySet<string>;
}

export function lint(text: string, options: LintOptions & LintOnlyOptions): LintResult {
  const model = buildTextModel(text);
  const language = detectLanguage(model);
  const lix = lixFromCounts(countLix(model));
  const context: RuleContext = {
    model,
    pack: options.pack,
    platform: options.platform,
    account: options.account,
    thread: options.thread,
    language,
    names: namesOf(options.pack),
  };
  // A draft clearly in another language is not judged by rules written for the pack's language.
  const foreign = language !== 'und' && language !== options.pack.language;

  const findings: Finding[] = [];
  for (const { rule, check, swedishOnly, ownWordingOnly } of compilePack(options.pack)) {
    if (options.only && !options.only.has(rule.id)) continue;
    if (foreign && swedishOnly) continue;
    if (rule.accounts && !rule.accounts.includes(options.account)) continue;
    for (const hit of check(context)) {
      if (ownWordingOnly && model.quoted(hit.start, hit.end)) continue;
      findings.push(toFinding(rule, hit, context));
    }
  }
  findings.sort(
    (a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end,
  );
  const result: LintResult = { findings, language, lix: Number.isFinite(lix) ? Math.round(lix * 100) / 100 : null };
  // "Characters left" in the assistant: the first enabled length rule with a limit for this platform.
  const lengthRule = options.pack.rules.find((rule) => rule.kind === 'platform-length' && rule.enabled && rule.limits[options.platform]);
  if (lengthRule?.kind === 'platform-length') {
    const limit = lengthRule.limits[options.platform]!;
    result.length = { used: measure(model, options.platform, limit).length, limit };
  }
  return result;
}

function toFinding(rule: Rule, hit: Hit, { model, pack }: RuleContext): Finding {
  const [start, end] = model.toOriginal(hit.start, hit.end);
  const suggestions = hit.suggestions ?? [];
  const values: Record<string, string | number> = {
    match: model.original.slice(start, end),
    suggestion: suggestions[0] ?? '',
    ...hit.values,
  };
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: rule.severity,
    start,
    end,
    message: rule.message.replace(/\{(\w+)\}/g, (placeholder, key: string) =>
      key in values ? String(values[key]) : placeholder,
    ),
    suggestions,
    policyRef: rule.policyRef,
  };
  if (hit.template) finding.template = { id: hit.template, text: pack.templates[hit.template] };
  return finding;
}
