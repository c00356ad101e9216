import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { isLocked, NO_POLICY, parsePolicy, readManagedPolicy } from '../../../lib/admin/policy';
import { packJson, packText } from './support';

/** The shape of a public key as "policyvakt pack keygen" writes it (32 bytes in base64). */
const KEY = `${'A'.repeat(43)}=`;

describe('the admin policy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is "no policy" when nothing is set: users choose, nothing is locked', () => {
    expect(parsePolicy({})).toEqual({ policy: { ...NO_POLICY }, managed: false, problems: [] });
  });

  it('reads every key, the inline pack as JSON text (Chromium) or as an object (Firefox)', () => {
    const reading = parsePolicy({
      pack: packText(),
      packUrl: 'https://it.exempel.se/pack.json',
      trustedKeys: [KEY],
      lockedRules: ['bas.personnummer'],
      allowUserPacks: false,
      allowPause: false,
      builtinPack: 'hofors',
      refreshMinutes: 60,
    });
    expect(reading.problems).toEqual([]);
    expect(reading.policy).toEqual({
      pack: packText(),
      packUrl: 'https://it.exempel.se/pack.json',
      trustedKeys: [KEY],
      signatureRequired: true,
      lockedRules: ['bas.personnummer'],
      allowUserPacks: false,
      allowPause: false,
      builtinPack: 'hofors',
      refreshMinutes: 60,
    });
    expect(parsePolicy({ pack: packJson() }).policy.pack).toEqual(packJson());
  });

  it('names each unusable key and reads doubtful permissions the strict way', () => {
    const reading = parsePolicy({
      pack: '{"id": "kommunen",',
      packUrl: 'http://it.exempel.se/pack.json',
      trustedKeys: ['not a key'],
      lockedRules: 'bas.personnummer',
      allowUserPacks: 'yes',
      refreshMinutes: 1,
      packURL: 'https://stavfel.se',
    });
    expect(reading.problems.map((problem) => problem.path)).toEqual([
      'policy.packURL',
      'policy.packUrl',
      'policy.trustedKeys[0]',
      'policy.lockedRules',
      'policy.allowUserPacks',
      'policy.refreshMinutes',
    ]);
    expect(reading.problems[1]!.message).toContain('not HTTPS');
    // An unreadable trusted key still means signatures are required, and "yes" is not permission.
    expect(reading.policy).toMatchObject({ trustedKeys: [], signatureRequired: true, allowUserPacks: false, refreshMinutes: 360 });
    expect(parsePolicy({ pack: 42 }).problems).toEqual([{ path: 'policy.pack', message: 'expected a rule pack as JSON text or an object' }]);
  });

  it('locks listed rules, or all of them with "*"', () => {
    const some = parsePolicy({ lockedRules: ['bas.personnummer'] }).policy;
    expect(isLocked(some, 'bas.personnummer')).toBe(true);
    expect(isLocked(some, 'bas.du-tilltal')).toBe(false);
    expect(isLocked(parsePolicy({ lockedRules: ['*'] }).policy, 'bas.du-tilltal')).toBe(true);
  });

  it('reads storage.managed, and takes a browser that throws for a missing policy (Firefox) as no policy', async () => {
    await fakeBrowser.storage.managed.set({ allowPause: false });
    expect(await readManagedPolicy()).toMatchObject({ managed: true, policy: { allowPause: false } });
    const managed = fakeBrowser.storage.managed as { get: () => Promise<unknown> };
    const original = managed.get;
    managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    try {
      expect(await readManagedPolicy()).toEqual({ policy: { ...NO_POLICY }, managed: false, problems: [] });
    } finally {
      managed.get = original;
    }
  });
});
