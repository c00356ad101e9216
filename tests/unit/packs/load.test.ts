/**
 * Loading a pack: accepted whole or rejected whole, with every problem listed by a path an admin can
 * find in the JSON file; `extends` and overrides; every rule's own tests run on load.
 */
import { describe, expect, it } from 'vitest';
import { lint } from '../../../lib/engine/lint';
import { builtinPackSource } from '../../../lib/packs/builtin';
import { loadPack, type LoadOptions, type LoadResult } from '../../../lib/packs/load';
import { problemToString } from '../../../lib/packs/problems';
import type { Pack } from '../../../lib/packs/schema';

const REF = { document: 'Riktlinjer för sociala medier, Testkommun', section: '2.5 Bemötande och tilltal' };
const TEMPLATES = { privateReferral: 'Kontakta kommunen.', confidentialCase: 'Vi tar det som ett ärende.' };

const pack = (extra: Record<string, unknown> = {}) =>
  Object.fromEntries(
    Object.entries({
      id: 'test',
      name: 'Testkommun',
      organisation: 'Testkommun',
      version: '1.0.0',
      policy: { title: 'Riktlinjer för sociala medier, Testkommun' },
      templates: TEMPLATES,
      ...extra,
    }).filter(([, value]) => value !== undefined),
  );
/** A rule as it would stand in a JSON file; a field given as undefined is left out. */
const rule = (extra: Record<string, unknown> = {}) =>
  Object.fromEntries(
    Object.entries({
      id: 'test.ord',
      kind: 'existence',
      category: 'tone',
      severity: 'warning',
      message: 'Undvik {match}.',
      policyRef: REF,
      tokens: ['dumt'],
      ...extra,
    }).filter(([, value]) => value !== undefined),
  );
/** A pack that extends the built-in bas pack. */
const child = (extra: Record<string, unknown> = {}) => ({
  id: 'kommun',
  name: 'Kommunen',
  organisation: 'Kommunen',
  version: '1.0.0',
  extends: 'bas',
  policy: { title: 'Kommunens riktlinjer' },
  ...extra,
});
const withBas: LoadOptions = { lookup: builtinPackSource };

function loaded(result: LoadResult): Pack {
  if (!result.ok) throw new Error(`expected the pack to load: ${result.problems.map(problemToString).join('; ')}`);
  return result.pack;
}
function problems(result: LoadResult): string[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map(problemToString);
}
const ruleOf = (p: Pack, id: string) => p.rules.find((r) => r.id === id)!;
const lintWith = (p: Pack, text: string, account: 'official' | 'private' = 'official') =>
  lint(text, { pack: p, platform: 'facebook', account }).findings;

describe('a valid pack', () => {
  it('loads, with the defaults filled in', () => {
    const result = loadPack(pack({ rules: [rule({ tests: [{ text: 'Det är dumt.', expect: ['dumt'] }, { text: 'Det är klokt.', expect: [] }] })] }));
    const p = loaded(result);
    expect(p).toMatchObject({
      id: 'test',
      language: 'sv',
      lineage: ['test'],
      accounts: { facebook: [], x: [], youtube: [] },
      contacts: { phones: [], emails: [], domains: [] },
      templates: TEMPLATES,
      responseTimes: {},
    });
    expect(p.rules).toHaveLength(1);
    expect(p.rules[0]).toMatchObject({ id: 'test.ord', enabled: true, patterns: [] });
    expect(lintWith(p, 'Det är dumt.').map((f) => f.ruleId)).toEqual(['test.ord']);
  });

  it('accepts "$schema" and loads a pack without rules', () => {
    expect(loaded(loadPack(pack({ $schema: '../rule-pack.schema.json' }))).rules).toEqual([]);
  });
});

describe('a broken pack lists every problem by path', () => {
  it('all problems of a pack at once, worded for people who write JSON by hand', () => {
    const result = loadPack(
      pack({
        id: 'Test kommun',
        name: '',
        version: '1.0',
        extra: true,
        rules: [
          rule({ id: 'ok' }),
          rule({ id: 'a', category: 'nope' }),
          rule({ id: 'b', message: '   ' }),
          rule({ id: 'c', severity: 'loud' }),
          rule({ id: 'd', policyRef: { document: 'Riktlinjer' } }),
          rule({ id: 'e', patterns: ['(unclosed'] }),
          rule({ id: 'f', kind: 'occurrence', tokens: undefined }),
          rule({ id: 'g', kind: 'substitution', tokens: undefined, entries: [{ avoid: ['erhålla', 'erhöll'], prefer: ['få', 'fick', 'fått'] }] }),
          rule({ id: 'h', bogus: 1 }),
          rule({ id: 'i', kind: 'tone', tokens: undefined, maxExclamations: 'två' }),
          rule({ id: 'j', kind: 'tone', tokens: undefined, maxExclamations: 0 }),
        ],
      }),
    );
    expect([...problems(result)].sort()).toEqual(
      [
        'id: use lower-case letters, digits, ".", "_" and "-"',
        'name: must not be empty',
        'version: expected a semantic version such as 1.2.0',
        'unknown field "extra"',
        'rules[1].category: expected address | plain-language | personal-data | confidential | tone | platform | language | identity',
        'rules[2].message: must not be empty',
        'rules[3].severity: expected error | warning | info',
        'rules[4].policyRef.section: required (expected string)',
        'rules[5].patterns[0]: not a pattern Policyvakt can run: Unterminated group',
        'rules[6].max: required (expected number)',
        'rules[7].entries[0].prefer: prefer must have one replacement, or one for every form in avoid',
        'rules[8]: unknown field "bogus"',
        'rules[9].maxExclamations: expected number, got string',
        'rules[10].maxExclamations: must be at least 1',
      ].sort(),
    );
  });

  it('patterns that would need backtracking are refused, naming the rule and the pattern', () => {
    const result = loadPack(pack({ rules: [rule({ patterns: ['\\bdumt\\b', '(?<!inte )bra'] })] }));
    expect(problems(result)).toEqual([
      'rules[0].patterns[1]: not a pattern Policyvakt can run: lookbehind (?<= …) and (?<! …) are not supported: patterns run in linear time (at character 1)',
    ]);
  });

  it('a pattern that hangs a backtracking engine loads, tests and checks at once', () => {
    // Its own rule test holds the trigger: loading once never returned.
    const trigger = `${'a'.repeat(40)}!`;
    const evil = [
      rule({ id: 'test.a', tokens: [], patterns: ['(a+)+$'], tests: [{ text: trigger, expect: [] }] }),
      rule({ id: 'test.b', tokens: [], patterns: ['(x+x+)+y'], tests: [{ text: 'x'.repeat(40), expect: [] }] }),
      rule({ id: 'test.c', kind: 'occurrence', tokens: undefined, scope: 'text', pattern: '(\\w+\\s?)*$', max: 5 }),
    ];
    const result = loadPack(pack({ rules: evil }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const draft = `${'a'.repeat(30_000)}! ${'x'.repeat(30_000)} ${'ab '.repeat(10_000)}`;
    expect(lint(draft, { pack: result.pack, platform: 'facebook', account: 'official' }).findings).toEqual([]);
  });

  it('gives each problem a path and a message separately', () => {
    const result = loadPack(pack({ rules: [rule(), rule({ id: 'x', severity: 'fatal' })] }));
    expect(result).toEqual({ ok: false, problems: [{ path: 'rules[1].severity', message: 'expected error | warning | info' }] });
  });

  it('a rule of a kind the engine does not know', () => {
    const result = loadPack(pack({ rules: [rule(), rule({ id: 'x', kind: 'spelling' })] }));
    expect(problems(result)).toEqual(['rules[1].kind: unknown rule kind: "spelling"']);
  });

  it('a rule with no kind at all', () => {
    const result = loadPack(pack({ rules: [rule({ kind: undefined })] }));
    expect(problems(result)).toHaveLength(1);
    expect(problems(result)[0]).toMatch(/^rules\[0\]\.kind\b.*unknown rule kind/);
  });

  it('a value that must be positive', () => {
    const result = loadPack(pack({ rules: [{ ...rule({ kind: 'metric', tokens: undefined }), metric: 'lix', max: 0 }] }));
    expect(problems(result)).toEqual(['rules[0].max: must be greater than 0']);
  });

  it('two rules with the same id', () => {
    const result = loadPack(pack({ rules: [rule({ id: 'a' }), rule({ id: 'b' }), rule({ id: 'a' })] }));
    expect(problems(result)).toEqual(['rules[2].id: "a" is used by another rule of this pack']);
  });

  it('missing templates, when nothing is extended', () => {
    const result = loadPack({ ...pack(), templates: { privateReferral: 'Hej' } });
    expect(problems(result)).toEqual(['templates.confidentialCase: required: neither this pack nor the pack it extends sets it']);
  });

  it('something that is not a pack at all', () => {
    expect(problems(loadPack('hej'))).toEqual(['expected object, got string']);
    expect(problems(loadPack(null))).toEqual(['expected object, got null']);
    expect(problems(loadPack([]))).toEqual(['expected object, got array']);
    expect(problems(loadPack({}))).toEqual([
      'id: required (expected string)',
      'name: required (expected string)',
      'organisation: required (expected string)',
      'version: required (expected string)',
      'policy: required (expected object)',
    ]);
  });
});

describe('extends', () => {
  it('hofors extends bas: all of bas\'s rules, Hofors\'s own templates and contacts', () => {
    const bas = loaded(loadPack(builtinPackSource('bas'), withBas));
    const hofors = loaded(loadPack(builtinPackSource('hofors'), withBas));
    expect(hofors.lineage).toEqual(['bas', 'hofors']);
    expect(hofors.rules.map((r) => r.id)).toEqual(bas.rules.map((r) => r.id));
    expect(hofors.templates.privateReferral).toContain('Hofors');
    expect(hofors.templates.privateReferral).not.toBe(bas.templates.privateReferral);
    expect(hofors.contacts.domains).toEqual(['hofors.se']);
  });

  it('a pack that sets no templates inherits them', () => {
    const p = loaded(loadPack(child(), withBas));
    expect(p.templates).toEqual(loaded(loadPack(builtinPackSource('bas'))).templates);
    expect(p.lineage).toEqual(['bas', 'kommun']);
  });

  it('own rules come after the inherited ones; accounts and contacts add up', () => {
    const parent = pack({
      id: 'lan',
      accounts: { facebook: [{ id: '111', name: 'Länet' }] },
      contacts: { domains: ['lan.se'], emails: ['info@lan.se'] },
      rules: [rule({ id: 'lan.ord' })],
    });
    const own = pack({
      id: 'kommun',
      extends: 'lan',
      templates: undefined,
      accounts: { facebook: [{ id: '222', name: 'Kommunen' }], x: [{ id: '333', handle: '@kommunen', name: 'Kommunen' }] },
      contacts: { domains: ['kommun.se', 'lan.se'] },
      rules: [rule({ id: 'kommun.ord', tokens: ['löjligt'] })],
    });
    const p = loaded(loadPack(own, { lookup: (id) => (id === 'lan' ? parent : undefined) }));
    expect(p.rules.map((r) => r.id)).toEqual(['lan.ord', 'kommun.ord']);
    expect(p.accounts.facebook.map((a) => a.id)).toEqual(['111', '222']);
    expect(p.accounts.x.map((a) => a.id)).toEqual(['333']);
    expect(p.contacts).toMatchObject({ phones: [], emails: ['info@lan.se'], domains: ['lan.se', 'kommun.se'] });
    expect(p.templates).toEqual(TEMPLATES);
    expect(lintWith(p, 'Dumt och löjligt.').map((f) => f.ruleId)).toEqual(['lan.ord', 'kommun.ord']);
  });

  it('a chain of three packs', () => {
    const packs: Record<string, unknown> = {
      a: pack({ id: 'a', rules: [rule({ id: 'a.ord' })] }),
      b: pack({ id: 'b', extends: 'a', rules: [rule({ id: 'b.ord', tokens: ['fånigt'] })] }),
      c: pack({ id: 'c', extends: 'b', overrides: { 'a.ord': { severity: 'error' } } }),
    };
    const p = loaded(loadPack(packs.c, { lookup: (id) => packs[id] }));
    expect(p.lineage).toEqual(['a', 'b', 'c']);
    expect(p.rules.map((r) => [r.id, r.severity])).toEqual([['a.ord', 'error'], ['b.ord', 'warning']]);
  });

  it('an unknown parent', () => {
    expect(problems(loadPack(child({ extends: 'finnsinte' }), withBas))).toEqual(['extends: no pack with id "finnsinte"']);
    expect(problems(loadPack(child()))).toEqual(['extends: no pack with id "bas"']);
  });

  it('packs that extend each other in a circle', () => {
    const packs: Record<string, unknown> = {
      a: pack({ id: 'a', extends: 'b' }),
      b: pack({ id: 'b', extends: 'c' }),
      c: pack({ id: 'c', extends: 'a' }),
    };
    const result = loadPack(packs.a, { lookup: (id) => packs[id] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('extends');
    expect(result.problems[0]!.message).toContain('packs extend each other in a circle: a → b → c → a');
  });

  it('a pack that extends itself', () => {
    const self = pack({ id: 'self', extends: 'self' });
    const found = problems(loadPack(self, { lookup: (id) => (id === 'self' ? self : undefined) }));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('packs extend each other in a circle: self → self');
  });

  it('a broken parent: its problems, named as the parent\'s', () => {
    const broken = pack({ id: 'trasig', version: 'ett', rules: [rule({ severity: 'x' })] });
    const result = loadPack(pack({ extends: 'trasig' }), { lookup: (id) => (id === 'trasig' ? broken : undefined) });
    expect(problems(result)).toEqual([
      'extends: pack "trasig": version: expected a semantic version such as 1.2.0',
      'extends: pack "trasig": rules[0].severity: expected error | warning | info',
    ]);
  });

  it('a rule id that the parent already has must be changed under overrides', () => {
    expect(problems(loadPack(child({ rules: [rule({ id: 'bas.ton' })] }), withBas))).toEqual([
      'rules[0].id: "bas.ton" is already a rule of "bas": change it under "overrides" instead',
    ]);
  });
});

describe('overrides', () => {
  it('disable a rule', () => {
    const p = loaded(loadPack(child({ overrides: { 'bas.ton': { enabled: false } } }), withBas));
    expect(ruleOf(p, 'bas.ton').enabled).toBe(false);
    expect(lintWith(p, 'Läs på innan du skriver!!!').map((f) => f.ruleId)).not.toContain('bas.ton');
  });

  it('change a severity', () => {
    const p = loaded(loadPack(child({ overrides: { 'bas.du-tilltal': { severity: 'error' } } }), withBas));
    const finding = lintWith(p, 'Tack för Er fråga!').find((f) => f.ruleId === 'bas.du-tilltal')!;
    expect(finding.severity).toBe('error');
  });

  it('add and remove words of a substitution rule', () => {
    const p = loaded(
      loadPack(
        child({
          overrides: {
            'bas.myndighetssprak': {
              add: [{ avoid: ['emedan'], prefer: ['eftersom'] }],
              remove: ['skall'],
              tests: [{ text: 'Emedan det regnar.', expect: ['Emedan'], fixed: 'Eftersom det regnar.' }],
            },
          },
        }),
        withBas,
      ),
    );
    const text = 'Emedan du skall erhålla svar.';
    const found = lintWith(p, text).filter((f) => f.ruleId === 'bas.myndighetssprak');
    expect(found.map((f) => [text.slice(f.start, f.end), f.suggestions[0]])).toEqual([
      ['Emedan', 'Eftersom'],
      ['erhålla', 'få'],
    ]);
  });

  it('removing one form removes the whole entry with all its forms', () => {
    const p = loaded(loadPack(child({ overrides: { 'bas.myndighetssprak': { remove: ['erhålla'] } } }), withBas));
    expect(lintWith(p, 'Vi erhöll och erhåller.').filter((f) => f.ruleId === 'bas.myndighetssprak')).toEqual([]);
  });

  it('add and remove words of a word-list rule', () => {
    const p = loaded(loadPack(child({ overrides: { 'bas.ton': { add: ['fånigt'], remove: ['trams'] } } }), withBas));
    expect(ruleOf(p, 'bas.ton')).toMatchObject({ phrases: expect.arrayContaining(['fånigt']) });
    expect(ruleOf(p, 'bas.ton')).not.toMatchObject({ phrases: expect.arrayContaining(['trams']) });
    expect(lintWith(p, 'Det var fånigt.').filter((f) => f.ruleId === 'bas.ton').map((f) => f.start)).toEqual([8]);
    expect(lintWith(p, 'Det där är trams.').filter((f) => f.ruleId === 'bas.ton')).toEqual([]);
  });

  it('change the message', () => {
    const p = loaded(loadPack(child({ overrides: { 'bas.du-tilltal': { message: 'Skriv ”{suggestion}”, inte ”{match}”.' } } }), withBas));
    const finding = lintWith(p, 'Tack för Er fråga!').find((f) => f.ruleId === 'bas.du-tilltal')!;
    expect(finding.message).toBe('Skriv ”din”, inte ”Er”.');
  });

  it('change parameters', () => {
    const p = loaded(loadPack(child({ overrides: { 'bas.ton': { params: { maxExclamations: 3 } } } }), withBas));
    expect(lintWith(p, 'Vi har svarat!!!').filter((f) => f.ruleId === 'bas.ton')).toEqual([]);
    expect(lintWith(p, 'Vi har svarat!!!!').filter((f) => f.ruleId === 'bas.ton')).toHaveLength(1);
  });

  it('lists every problem of the overrides', () => {
    const result = loadPack(
      child({
        overrides: {
          'bas.finnsinte': { enabled: false },
          'bas.lix': { add: ['ord'] },
          'bas.ton': { remove: ['finnsinte'] },
          'bas.sprak': { params: { id: 'annat', minLength: 'lång' } },
          'bas.du-tilltal': { params: { kind: 'tone' } },
        },
      }),
      withBas,
    );
    expect([...problems(result)].sort()).toEqual(
      [
        'overrides["bas.finnsinte"]: no rule "bas.finnsinte" in the pack "bas" this one extends',
        'overrides["bas.lix"].add: a "metric" rule has no word list',
        'overrides["bas.ton"].remove: "finnsinte" is not in the rule\'s list',
        'overrides["bas.sprak"].params.id: "id" cannot be changed by an override',
        'overrides["bas.sprak"].params.minLength: expected number, got string',
        'overrides["bas.du-tilltal"].params.kind: "kind" cannot be changed by an override',
      ].sort(),
    );
  });

  it('an override with an invalid severity', () => {
    expect(problems(loadPack(child({ overrides: { 'bas.ton': { severity: 'fatal' } } }), withBas))).toEqual([
      'overrides["bas.ton"].severity: expected error | warning | info',
    ]);
  });

  it('an override in a pack that extends nothing', () => {
    expect(problems(loadPack(pack({ overrides: { 'bas.ton': { enabled: false } } })))).toEqual([
      'overrides["bas.ton"]: no rule "bas.ton" in the pack this one extends',
    ]);
  });
});

describe('rule tests run when a pack is loaded', () => {
  it('a rule\'s own failing test makes the pack invalid, naming the rule and the test', () => {
    const result = loadPack(
      pack({
        rules: [
          rule({ id: 'test.bra', tests: [{ text: 'Dumt.', expect: ['Dumt'] }] }),
          rule({ tests: [{ text: 'Det är dumt.', expect: ['dumt'] }, { text: 'Det är dumt.', expect: [] }, { text: 'x', expect: 1 }] }),
        ],
      }),
    );
    expect(problems(result)).toEqual([
      'rules[1].tests[1]: expected [], found ["dumt"] in "Det är dumt."',
      'rules[1].tests[2]: expected 1 finding(s), found 0 in "x"',
    ]);
  });

  it('a wrong fixed text', () => {
    const result = loadPack(
      child({ overrides: { 'bas.myndighetssprak': { tests: [{ text: 'Du skall', expect: ['skall'], fixed: 'Du SKA' }] } } }),
      withBas,
    );
    expect(problems(result)).toEqual(['overrides["bas.myndighetssprak"].tests[0]: expected the fixed text "Du SKA", got "Du ska"']);
  });

  it('quotes a long test text shortened', () => {
    const long = `${'a '.repeat(50)}dumt`;
    const found = problems(loadPack(pack({ rules: [rule({ tests: [{ text: long, expect: [] }] })] })));
    expect(found).toEqual([`rules[0].tests[0]: expected [], found ["dumt"] in ${JSON.stringify(`${long.slice(0, 77)}…`)}`]);
  });

  it('a test runs with the platform and account it names', () => {
    const result = loadPack(
      pack({
        rules: [
          { ...rule({ kind: 'official-business', category: 'identity', tokens: undefined }), phrases: ['ditt ärende'], tests: [
            { text: 'Ditt ärende handläggs.', account: 'private', expect: ['Ditt ärende'] },
            { text: 'Ditt ärende handläggs.', expect: [] },
            { text: 'Hej!', account: 'private', threadOfficial: true, expect: 1 },
          ] },
          { ...rule({ id: 'test.langd', kind: 'platform-length', category: 'platform', tokens: undefined }), limits: { x: 5 }, tests: [
            { text: 'abcdef', platform: 'x', expect: 1 },
            { text: 'abcdef', expect: 0 },
          ] },
        ],
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('a disabled rule\'s tests do not run, and runTests: false skips them all', () => {
    const failing = [{ text: 'Det är dumt.', expect: [] }];
    expect(loadPack(pack({ rules: [rule({ enabled: false, tests: failing })] })).ok).toBe(true);
    expect(loadPack(pack({ rules: [rule({ tests: failing })] }), { runTests: false }).ok).toBe(true);
    expect(loadPack(pack({ rules: [rule({ tests: failing })] })).ok).toBe(false);
  });

  describe('inherited tests', () => {
    const parent = pack({
      id: 'parent',
      rules: [rule({ id: 'p.ord', tests: [{ text: 'Det är dumt.', expect: [] }] })],
    });
    const lookup = (id: string) => (id === 'parent' ? parent : undefined);
    const kid = (overrides: Record<string, unknown>) => pack({ id: 'kid', extends: 'parent', templates: undefined, overrides });

    it('still run when an override changes only severity, message or policy', () => {
      expect(loadPack(kid({ 'p.ord': { severity: 'info', message: 'Ny text.' } }), { lookup }).ok).toBe(false);
    });

    it('are dropped when params change, since they were written for the old parameters', () => {
      const p = loaded(loadPack(kid({ 'p.ord': { params: { tokens: ['löjligt'] } } }), { lookup }));
      expect(ruleOf(p, 'p.ord').tests).toEqual([]);
      expect(lintWith(p, 'Det är löjligt, inte dumt.').map((f) => f.start)).toEqual([7]);
    });

    it('are dropped when words are added or removed; the override\'s own tests run instead', () => {
      const p = loaded(loadPack(kid({ 'p.ord': { remove: ['dumt'], add: ['fånigt'], tests: [{ text: 'Fånigt.', expect: ['Fånigt'] }] } }), { lookup }));
      expect(ruleOf(p, 'p.ord').tests).toEqual([{ text: 'Fånigt.', expect: ['Fånigt'] }]);
      expect(
        problems(loadPack(kid({ 'p.ord': { add: ['fånigt'], tests: [{ text: 'Fånigt.', expect: [] }] } }), { lookup })),
      ).toEqual(['overrides["p.ord"].tests[0]: expected [], found ["Fånigt"] in "Fånigt."']);
    });

    it('that fail make the child invalid too', () => {
      const found = problems(loadPack(kid({}), { lookup }));
      // The problem points into the parent pack, where the test is written, and names the rule.
      expect(found).toEqual(['pack "parent" rules[0].tests[0] (p.ord): expected [], found ["dumt"] in "Det är dumt."']);
    });
  });
});
