import { describe, expect, it } from 'vitest';
import { exportablePack } from '../../../lib/admin/rule-settings';
import { resolvePackInForce, type StoredPackState } from '../../../lib/admin/pack-in-force';
import { loadPackInput } from '../../../lib/admin/pack-text';
import { parsePolicy } from '../../../lib/admin/policy';
import type { SubscribedPack } from '../../../lib/admin/subscription';
import { packJson, packText } from './support';

const NOW = new Date('2026-11-23T10:00:00');
const URL_ = 'https://it.exempel.se/pack.json';

const subscription = (text: string, extra: Partial<SubscribedPack> = {}): SubscribedPack => ({
  url: URL_,
  text,
  sha256: 'x',
  version: '1.0.0',
  signed: false,
  fetchedAt: 1,
  checkedAt: 2,
  ...extra,
});

const everySource = (): StoredPackState => ({
  builtinPackId: 'hofors',
  userPackUrl: URL_,
  subscription: subscription(packText({ id: 'prenumeration' })),
  importedPack: { text: packText({ id: 'fil' }), fileName: 'fil.json', importedAt: 3 },
});

const resolve = (policy: Record<string, unknown>, stored: StoredPackState) => resolvePackInForce(parsePolicy(policy), stored, { now: NOW });

describe('the pack in force', () => {
  it('follows the precedence policy > subscription > imported file > built-in', () => {
    const stored = everySource();
    expect(resolve({ pack: packText({ id: 'policy' }) }, stored)).toMatchObject({ pack: { id: 'policy' }, origin: { source: 'policy' } });
    expect(resolve({}, stored)).toMatchObject({ pack: { id: 'prenumeration' }, origin: { source: 'subscription', url: URL_, checkedAt: 2 } });
    expect(resolve({}, { ...stored, userPackUrl: undefined })).toMatchObject({ pack: { id: 'fil' }, origin: { source: 'file', fileName: 'fil.json' } });
    expect(resolve({}, { builtinPackId: 'hofors' })).toMatchObject({ pack: { id: 'hofors' }, origin: { source: 'builtin' } });
    expect(resolve({}, {})).toMatchObject({ pack: { id: 'bas' } });
    // The admin's built-in choice wins over the user's.
    expect(resolve({ builtinPack: 'falun' }, { builtinPackId: 'hofors' }).pack.id).toBe('falun');
  });

  it('ignores the user\'s file and URL when the policy does not allow them, but not the policy\'s own URL', () => {
    const stored = everySource();
    expect(resolve({ allowUserPacks: false }, stored)).toMatchObject({ pack: { id: 'hofors' }, origin: { source: 'builtin' } });
    expect(resolve({ allowUserPacks: false, packUrl: URL_ }, stored)).toMatchObject({ pack: { id: 'prenumeration' } });
  });

  it('keeps the last good policy pack in force when the policy\'s pack breaks, and says so', () => {
    const good = resolve({ pack: packText({ id: 'policy' }) }, {});
    expect(good.keepPolicyPack).toEqual({ text: packText({ id: 'policy' }), at: NOW.getTime() });

    const broken = resolve({ pack: packText({ id: 'policy', failingTest: true }) }, { policyPack: good.keepPolicyPack! });
    expect(broken).toMatchObject({ pack: { id: 'policy' }, origin: { source: 'policy', since: NOW.getTime() } });
    expect(broken.problems).toMatchObject([{ source: 'policy', cause: 'invalid', problems: [{ path: expect.stringMatching(/^policy\.pack\.rules\[0\]\.tests\[0\]/) }] }]);
    // Text that is not even JSON is a broken pack too: the last good one stays.
    expect(resolve({ pack: '{"id":' }, { policyPack: good.keepPolicyPack! })).toMatchObject({
      pack: { id: 'policy' },
      problems: [{ source: 'policy', problems: [{ path: 'policy.pack', message: expect.stringContaining('not valid JSON') }] }],
    });
    expect(broken.keepPolicyPack).toBeUndefined();

    // Never a good one: the next source is used, and the problem is still shown.
    const never = resolve({ pack: '{"id":' }, { builtinPackId: 'falun' });
    expect(never.pack.id).toBe('falun');
    expect(never.problems).toMatchObject([{ source: 'policy' }]);
  });

  it('keeps the subscribed pack in force while its URL fails, and shows the failure with its time', () => {
    const problem = { source: 'subscription' as const, at: 5, cause: 'network' as const, detail: `${URL_} could not be reached`, problems: [] };
    const result = resolve({}, { ...everySource(), subscriptionProblem: problem });
    expect(result.pack.id).toBe('prenumeration');
    expect(result.problems).toEqual([problem]);
  });

  it('does not use an unsigned kept copy once the policy requires signatures', () => {
    const result = resolve({ packUrl: URL_, trustedKeys: [`${'A'.repeat(43)}=`] }, everySource());
    expect(result.origin.source).toBe('file');
    const signed = resolve({ packUrl: URL_, trustedKeys: [`${'A'.repeat(43)}=`] }, { ...everySource(), subscription: subscription(packText({ id: 'signerat' }), { signed: true }) });
    expect(signed.origin).toMatchObject({ source: 'subscription', signed: true });
  });

  it('keeps an expired subscribed pack in force but says it has expired', () => {
    const result = resolve({}, { userPackUrl: URL_, subscription: subscription(packText({ expires: '2026-10-31' })) });
    expect(result.pack.id).toBe('kommunen');
    expect(result.problems).toMatchObject([{ source: 'subscription', cause: 'expired', detail: expect.stringContaining('2026-10-31') }]);
  });

  it('falls back to bas with a problem when the chosen built-in pack does not exist', () => {
    const result = resolve({ builtinPack: 'stockholm' }, {});
    expect(result.pack.id).toBe('bas');
    expect(result.problems).toMatchObject([{ source: 'builtin', cause: 'builtin-unknown' }]);
  });
});

describe('the user\'s rule settings', () => {
  const rule = (result: ReturnType<typeof resolve>, id: string) => result.pack.rules.find((r) => r.id === id)!;

  it('switch off or soften unlocked rules', () => {
    const result = resolve({}, { ruleSettings: { 'bas.du-tilltal': { enabled: false }, 'bas.personnummer': { severity: 'warning' } } });
    expect(rule(result, 'bas.du-tilltal').enabled).toBe(false);
    expect(rule(result, 'bas.personnummer').severity).toBe('warning');
    expect(result.ignoredSettings).toEqual([]);
    // The admin's pack is left as it was.
    expect(result.basePack.rules.find((r) => r.id === 'bas.personnummer')!.severity).toBe('error');
  });

  it('cannot touch locked rules, nor make a rule look stricter, nor name a rule the pack lacks', () => {
    const settings = {
      'bas.personnummer': { enabled: false },
      'bas.du-tilltal': { severity: 'warning' as const },
      'bas.telefonnummer': { severity: 'error' as const },
      'ingen.sadan': { enabled: false },
    };
    const result = resolve({ lockedRules: ['bas.personnummer'] }, { ruleSettings: settings });
    expect(rule(result, 'bas.personnummer')).toMatchObject({ enabled: true, severity: 'error' });
    expect(result.ignoredSettings.sort()).toEqual(['bas.personnummer', 'bas.telefonnummer', 'ingen.sadan'].sort());
    expect(rule(result, 'bas.du-tilltal').severity).toBe('warning');

    const all = resolve({ lockedRules: ['*'] }, { ruleSettings: settings });
    expect(rule(all, 'bas.du-tilltal').severity).toBe(rule(resolve({}, {}), 'bas.du-tilltal').severity);
    expect(all.ignoredSettings).toContain('bas.du-tilltal');
  });

  it('export as a pack that loads on its own and checks the same', () => {
    const result = resolve({}, { importedPack: { text: packText(), fileName: 'a.json', importedAt: 1 }, ruleSettings: { 'bas.du-tilltal': { enabled: false } } });
    const exported = JSON.parse(JSON.stringify(exportablePack(result.pack)));
    expect(exported.extends).toBeUndefined();
    const reloaded = loadPackInput(exported);
    expect(reloaded.ok).toBe(true);
    if (reloaded.ok) {
      expect(reloaded.pack.rules).toEqual(result.pack.rules);
      expect({ ...reloaded.pack, lineage: [] }).toEqual({ ...result.pack, lineage: [] });
    }
  });
});
