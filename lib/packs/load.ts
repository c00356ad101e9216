/**
 * Loading a pack: validate it, resolve what it `extends`, apply its overrides, and run every rule's
 * own tests. A pack is accepted whole or rejected whole, with every problem listed by path; nothing
 * half-loaded ever reaches the engine.
 */
import { lint } from '../engine/lint';
import type { Finding } from '../engine/types';
import { z } from 'zod';
import { SENTIMENT_LEXICON_WORDS } from './lexicons';
import { CLASSIFIER_MODEL_DATA } from './models';
import { joinPath, type PackProblem, zodProblems } from './problems';
import {
  type Pack,
  type PackSource,
  packSchema,
  type Rule,
  type RuleOverride,
  type RuleTest,
  opinionConstructionSchema,
  roleConstructionSchema,
  ruleSchema,
  type SubstitutionEntry,
  toneConstructionSchema,
} from './schema';
import { FIRST_NAMES } from './swedish/first-names';
import { JUDGEMENTS, OPINION_CONSTRUCTIONS, PARTIES, SIDES } from './swedish/opinion-constructions';
import { ROLE_CONSTRUCTIONS, ROLES, SERVICES, WORKPLACES } from './swedish/role-constructions';
import { TONE_CONSTRUCTIONS } from './swedish/tone-constructions';

export type LoadResult = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

export interface LoadOptions {
  /** Finds the raw JSON of another pack by id, for `extends`. */
  lookup?: (id: string) => unknown;
  /** Run the rules' own tests (default true). */
  runTests?: boolean;
}

interface ResolvedRule {
  rule: Rule;
  /** Where each of the rule's tests came from, as a path an admin can find in a file. */
  testPaths: string[];
}

export function loadPack(input: unknown, options: LoadOptions = {}): LoadResult {
  const problems: PackProblem[] = [];
  const composed = resolve(input, options, [], problems);
  if (!composed || problems.length > 0) return { ok: false, problems };
  // Built-in language data is written into the composed pack last, so that an override can still
  // switch it off, and the pack that reaches the engine (and an export of it) holds all it needs.
  const rules = composed.rules.map((entry) => ({ ...entry, rule: withBuiltInData(entry.rule) }));
  const resolved = {
    pack: { ...composed.pack, names: union(composed.pack.names, FIRST_NAMES), rules: rules.map((entry) => entry.rule) },
    rules,
  };
  if (options.runTests !== false) problems.push(...runRuleTests(resolved.pack, resolved.rules));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, pack: resolved.pack };
}

function resolve(
  input: unknown,
  options: LoadOptions,
  chain: string[],
  problems: PackProblem[],
): { pack: Pack; rules: ResolvedRule[] } | undefined {
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) {
    problems.push(...zodProblems(parsed.error, input));
    return undefined;
  }
  const source = parsed.data;
  if (chain.includes(source.id)) {
    problems.push({ path: 'extends', message: `packs extend each other in a circle: ${[...chain, source.id].join(' → ')}` });
    return undefined;
  }

  let base: { pack: Pack; rules: ResolvedRule[] } | undefined;
  if (source.extends !== undefined) {
    const baseInput = options.lookup?.(source.extends);
    if (baseInput === undefined) {
      problems.push({ path: 'extends', message: `no pack with id "${source.extends}"` });
      return undefined;
    }
    const baseProblems: PackProblem[] = [];
    base = resolve(baseInput, options, [...chain, source.id], baseProblems);
    if (!base) {
      problems.push(...baseProblems.map((p) => ({ path: 'extends', message: `pack "${source.extends}": ${p.path ? `${p.path}: ` : ''}${p.message}` })));
      return undefined;
    }
  }

  const rules = composeRules(source, base, problems);
  const templates = { ...base?.pack.templates, ...definedOnly(source.templates) };
  for (const key of ['privateReferral', 'confidentialCase'] as const) {
    if (!templates[key]) {
      problems.push({ path: `templates.${key}`, message: 'required: neither this pack nor the pack it extends sets it' });
    }
  }
  const pack: Pack = {
    id: source.id,
    name: source.name,
    organisation: source.organisation,
    version: source.version,
    ...(source.expires === undefined ? {} : { expires: source.expires }),
    language: source.language,
    policy: source.policy,
    accounts: {
      facebook: [...(base?.pack.accounts.facebook ?? []), ...source.accounts.facebook],
      x: [...(base?.pack.accounts.x ?? []), ...source.accounts.x],
      youtube: [...(base?.pack.accounts.youtube ?? []), ...source.accounts.youtube],
    },
    names: union(base?.pack.names, source.names),
    contacts: {
      phones: union(base?.pack.contacts.phones, source.contacts.phones),
      emails: union(base?.pack.contacts.emails, source.contacts.emails),
      domains: union(base?.pack.contacts.domains, source.contacts.domains),
      addresses: union(base?.pack.contacts.addresses, source.contacts.addresses),
    },
    templates: templates as Pack['templates'],
    responseTimes: { ...base?.pack.responseTimes, ...source.responseTimes },
    submitGuard: source.submitGuard ?? base?.pack.submitGuard ?? { allowPublishAnyway: true },
    rules: rules.map((entry) => entry.rule),
    lineage: [...(base?.pack.lineage ?? []), source.id],
  };
  return { pack, rules };
}

function composeRules(
  source: PackSource,
  base: { pack: Pack; rules: ResolvedRule[] } | undefined,
  problems: PackProblem[],
): ResolvedRule[] {
  // A failing inherited test is reported where it is written: in the parent pack, under the rule's id.
  const rules: ResolvedRule[] = (base?.rules ?? []).map((entry) => ({
    rule: entry.rule,
    testPaths: entry.testPaths.map((path) => (path.startsWith('pack "') ? path : `pack "${base!.pack.id}" ${path} (${entry.rule.id})`)),
  }));
  const byId = new Map(rules.map((entry, index) => [entry.rule.id, index]));

  for (const [ruleId, override] of Object.entries(source.overrides)) {
    const path = `overrides[${JSON.stringify(ruleId)}]`;
    const index = byId.get(ruleId);
    if (index === undefined) {
      problems.push({ path, message: `no rule "${ruleId}" in the pack${base ? ` "${base.pack.id}"` : ''} this one extends` });
      continue;
    }
    const applied = applyOverride(rules[index]!, override, path, problems);
    if (applied) rules[index] = applied;
  }

  source.rules.forEach((rule, index) => {
    if (byId.has(rule.id)) {
      const inherited = base?.rules.some((entry) => entry.rule.id === rule.id);
      problems.push({
        path: `rules[${index}].id`,
        message: inherited
          ? `"${rule.id}" is already a rule of "${base!.pack.id}": change it under "overrides" instead`
          : `"${rule.id}" is used by another rule of this pack`,
      });
      return;
    }
    byId.set(rule.id, rules.length);
    rules.push({ rule, testPaths: rule.tests.map((_, t) => `rules[${index}].tests[${t}]`) });
  });
  return rules;
}

/**
 * A rule with the language data it names: a tone rule's sentiment lexicon (its own words override
 * the lexicon's), a classifier's model (its own weights override the model's; `model` is then
 * dropped), and Policyvakt's Swedish constructions and word lists for `"constructions": true`
 * (added before the pack's own; `constructions` is then false, so a loaded pack loads again as it is).
 */
function withBuiltInData(rule: Rule): Rule {
  switch (rule.kind) {
    case 'tone':
      return {
        ...rule,
        ...(rule.lexicon === undefined ? {} : { sentiment: { ...SENTIMENT_LEXICON_WORDS[rule.lexicon], ...rule.sentiment } }),
        ...(rule.constructions ? { constructions: false, cues: [...SWEDISH.tone(), ...rule.cues] } : {}),
      };
    case 'classifier': {
      if (rule.model === undefined) return rule;
      const { model, ...own } = rule;
      const data = CLASSIFIER_MODEL_DATA[model];
      return { ...own, bias: data.bias, prefix: data.prefix, weights: { ...data.weights, ...rule.weights } };
    }
    case 'official-business':
      if (!rule.constructions) return rule;
      return {
        ...rule,
        constructions: false,
        cues: [...SWEDISH.role(), ...rule.cues],
        workplaces: [...WORKPLACES, ...rule.workplaces],
        roles: [...ROLES, ...rule.roles],
        services: [...SERVICES, ...rule.services],
      };
    case 'personal-opinion':
      if (!rule.constructions) return rule;
      return {
        ...rule,
        constructions: false,
        cues: [...SWEDISH.opinion(), ...rule.cues],
        parties: [...PARTIES, ...rule.parties],
        sides: [...SIDES, ...rule.sides],
        judgements: [...JUDGEMENTS, ...rule.judgements],
      };
    default:
      return rule;
  }
}

/** The built-in constructions, validated (and lower-cased) once, on first use. */
const SWEDISH = {
  tone: once(() => z.array(toneConstructionSchema).parse(TONE_CONSTRUCTIONS)),
  role: once(() => z.array(roleConstructionSchema).parse(ROLE_CONSTRUCTIONS)),
  opinion: once(() => z.array(opinionConstructionSchema).parse(OPINION_CONSTRUCTIONS)),
};

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The field that holds a rule kind's word list, for an override's add/remove. */
const LIST_FIELD: Partial<Record<Rule['kind'], string>> = {
  existence: 'tokens',
  substitution: 'entries',
  address: 'thirdPerson',
  confidential: 'topics',
  tone: 'phrases',
  'official-business': 'phrases',
  'personal-opinion': 'phrases',
  personnummer: 'allow',
  nominalisation: 'verbs',
};
const FIXED_FIELDS = new Set(['id', 'kind', 'category', 'tests']);

function applyOverride(entry: ResolvedRule, override: RuleOverride, path: string, problems: PackProblem[]): ResolvedRule | undefined {
  const rule = structuredClone(entry.rule) as Record<string, unknown> & Rule;
  let changesBehaviour = false;
  if (override.enabled !== undefined) rule.enabled = override.enabled;
  if (override.severity !== undefined) rule.severity = override.severity;
  if (override.message !== undefined) rule.message = override.message;
  if (override.policyRef !== undefined) rule.policyRef = override.policyRef;

  if (override.add || override.remove) {
    const field = LIST_FIELD[rule.kind];
    if (!field) {
      problems.push({ path: `${path}.${override.add ? 'add' : 'remove'}`, message: `a "${rule.kind}" rule has no word list` });
      return undefined;
    }
    changesBehaviour = true;
    const list = rule[field] as Array<string | SubstitutionEntry>;
    const removed = new Set((override.remove ?? []).map((word) => word.toLowerCase()));
    const kept = list.filter((item) =>
      typeof item === 'string' ? !removed.has(item.toLowerCase()) : !item.avoid.some((form) => removed.has(form.toLowerCase())),
    );
    for (const word of removed) {
      const known = list.some((item) =>
        typeof item === 'string' ? item.toLowerCase() === word : item.avoid.some((form) => form.toLowerCase() === word),
      );
      if (!known) problems.push({ path: `${path}.remove`, message: `"${word}" is not in the rule's list` });
    }
    rule[field] = [...kept, ...(override.add ?? [])];
  }

  if (override.params) {
    changesBehaviour = true;
    for (const [key, value] of Object.entries(override.params)) {
      if (FIXED_FIELDS.has(key)) {
        problems.push({ path: `${path}.params.${key}`, message: `"${key}" cannot be changed by an override` });
        continue;
      }
      rule[key] = value;
    }
  }

  // The overridden rule must still be a valid rule of its kind.
  const checked = ruleSchema.safeParse({ ...rule, tests: [...(changesBehaviour ? [] : rule.tests), ...(override.tests ?? [])] });
  if (!checked.success) {
    problems.push(...zodProblems(checked.error, rule, path).map((p) => ({ ...p, path: p.path.replace(`${path}.`, `${path}.params.`) })));
    return undefined;
  }
  // Inherited tests were written for the inherited word lists: after add/remove/params only the
  // override's own tests apply.
  const inheritedPaths = changesBehaviour ? [] : entry.testPaths;
  return {
    rule: checked.data,
    testPaths: [...inheritedPaths, ...(override.tests ?? []).map((_, t) => joinPath(path, `tests[${t}]`))],
  };
}

function runRuleTests(pack: Pack, rules: ResolvedRule[]): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const { rule, testPaths } of rules) {
    if (!rule.enabled) continue;
    rule.tests.forEach((test, index) => {
      const failure = runRuleTest(pack, rule, test);
      if (failure) problems.push({ path: testPaths[index] ?? `${rule.id}.tests[${index}]`, message: failure });
    });
  }
  return problems;
}

/** Runs one of a rule's tests; returns what went wrong, or undefined when it passes. */
export function runRuleTest(pack: Pack, rule: Rule, test: RuleTest): string | undefined {
  const { findings } = lint(test.text, {
    pack,
    platform: test.platform ?? 'facebook',
    account: test.account ?? 'official',
    thread: test.threadOfficial === undefined ? undefined : { official: test.threadOfficial },
    only: new Set([rule.id]),
  });
  const quoted = JSON.stringify(test.text.length > 80 ? `${test.text.slice(0, 77)}…` : test.text);
  if (typeof test.expect === 'number') {
    if (findings.length !== test.expect) return `expected ${test.expect} finding(s), found ${findings.length} in ${quoted}`;
  } else {
    const found = findings.map((finding) => test.text.slice(finding.start, finding.end));
    if (JSON.stringify(found) !== JSON.stringify(test.expect)) {
      return `expected ${JSON.stringify(test.expect)}, found ${JSON.stringify(found)} in ${quoted}`;
    }
  }
  if (test.fixed !== undefined) {
    const fixed = applyFirstSuggestions(test.text, findings);
    if (fixed !== test.fixed) return `expected the fixed text ${JSON.stringify(test.fixed)}, got ${JSON.stringify(fixed)}`;
  }
  return undefined;
}

/** Applies each finding's first suggestion, right to left so that earlier offsets stay valid. */
export function applyFirstSuggestions(text: string, findings: Finding[]): string {
  let out = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const finding of [...findings].sort((a, b) => b.start - a.start)) {
    const replacement = finding.suggestions[0];
    if (replacement === undefined || finding.end > limit) continue;
    out = out.slice(0, finding.start) + replacement + out.slice(finding.end);
    limit = finding.start;
  }
  return out;
}

function union(a: readonly string[] | undefined, b: readonly string[]): string[] {
  return [...new Set([...(a ?? []), ...b])];
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
