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
import type { Category, Finding, LintOptions, LintResult, Severity } from './types';

interface CompiledRule {
  rule: Rule;
  check: Check;
  swedishOnly: boolean;
  ownWordingOnly: boolean;
  /** Categories whose findings silence this rule's hits on the same passage (none: it always speaks). */
  defersTo: readonly Category[];
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
          ownWordingOnly: boolean | ((rule: Rule) => boolean);
          defersTo?: (rule: Rule) => readonly Category[];
        };
        const { ownWordingOnly } = implementation;
        return {
          rule,
          check: implementation.compile(rule),
          swedishOnly: implementation.swedishOnly,
          ownWordingOnly: typeof ownWordingOnly === 'function' ? ownWordingOnly(rule) : ownWordingOnly,
          defersTo: implementation.defersTo?.(rule) ?? [],
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
  const deferred: { finding: Finding; defersTo: readonly Category[] }[] = [];
  for (const { rule, check, swedishOnly, ownWordingOnly, defersTo } of compilePack(options.pack)) {
    if (options.only && !options.only.has(rule.id)) continue;
    if (foreign && swedishOnly) continue;
    if (rule.accounts && !rule.accounts.includes(options.account)) continue;
    for (const hit of check(context)) {
      if (ownWordingOnly && model.quoted(hit.start, hit.end)) continue;
      if (defersTo.length > 0) deferred.push({ finding: toFinding(rule, hit, context), defersTo });
      else findings.push(toFinding(rule, hit, context));
    }
  }
  // A backing-up rule speaks only where its category's other rules are silent.
  if (deferred.length > 0) {
    const covered = coverage(findings);
    for (const { finding, defersTo } of deferred) {
      if (!defersTo.some((category) => covered(finding, category))) findings.push(finding);
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

/**
 * Whether a finding overlaps one of `findings` in a category: per category, spans sorted by start
 * with the furthest end so far, so each question is one binary search (a long draft can have
 * thousands of both).
 */
function coverage(findings: readonly Finding[]): (finding: Finding, category: Category) => boolean {
  const byCategory = new Map<string, { starts: number[]; furthestEnd: number[] }>();
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  for (const finding of sorted) {
    let spans = byCategory.get(finding.category);
    if (!spans) byCategory.set(finding.category, (spans = { starts: [], furthestEnd: [] }));
    spans.starts.push(finding.start);
    spans.furthestEnd.push(Math.max(finding.end, spans.furthestEnd[spans.furthestEnd.length - 1] ?? -1));
  }
  return (finding, category) => {
    const spans = byCategory.get(category);
    if (!spans) return false;
    // The last span that starts before the finding ends.
    let lo = 0;
    let hi = spans.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans.starts[mid]! < finding.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && spans.furthestEnd[lo - 1]! > finding.start;
  };
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
