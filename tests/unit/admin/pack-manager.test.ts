import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPackManager, REFRESH_ALARM } from '../../../lib/admin/pack-manager';
import { packServer, packText } from './support';

const URL_ = 'https://it.exempel.se/pack.json';

function setup(start = new Date('2026-11-23T10:00:00')) {
  const server = packServer();
  const clock = { now: start };
  const manager = createPackManager({ fetch: server.fetch, now: () => clock.now });
  const changes = vi.fn();
  manager.watch(changes);
  return { server, clock, manager, changes };
}

/** Lets the listeners' promises run (storage events fire their work without awaiting it). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the background\'s pack manager', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies a policy change live and tells the tabs', async () => {
    const { manager, changes } = setup();
    expect((await manager.inForce()).pack.id).toBe('bas');
    await fakeBrowser.storage.managed.set({ pack: packText({ id: 'policy' }), lockedRules: ['*'] });
    expect(changes).toHaveBeenCalled();
    const state = await manager.inForce();
    expect(state).toMatchObject({ pack: { id: 'policy' }, origin: { source: 'policy' }, policy: { managed: true } });
    // The policy is removed: back to the built-in pack.
    await fakeBrowser.storage.managed.clear();
    expect((await manager.inForce()).pack.id).toBe('bas');
  });

  it('fetches the policy\'s URL when the policy sets it, and refreshes it on the alarm', async () => {
    const { server, clock, manager, changes } = setup();
    server.serve(URL_, packText({ version: '1.0.0' }), '"a"');
    await fakeBrowser.storage.managed.set({ packUrl: URL_, refreshMinutes: 60 });
    await settle();
    await vi.waitFor(async () => expect((await manager.inForce()).origin).toMatchObject({ source: 'subscription', url: URL_ }));
    // The alarm follows the policy's period.
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 60 });

    server.serve(URL_, packText({ version: '1.1.0', word: 'nyttord' }), '"b"');
    clock.now = new Date('2026-11-23T11:00:00');
    changes.mockClear();
    await fakeBrowser.alarms.onAlarm.trigger({ name: REFRESH_ALARM, scheduledTime: clock.now.getTime() });
    await vi.waitFor(async () => expect((await manager.inForce()).pack.version).toBe('1.1.0'));
    expect(changes).toHaveBeenCalled();
    expect(server.requests.at(-1)).toEqual({ url: URL_, ifNoneMatch: '"a"' });
  });

  it('keeps the last good pack through a network failure, a 404, a broken pack and a rollback, showing each', async () => {
    const { server, clock, manager } = setup();
    await fakeBrowser.storage.local.set({ userPackUrl: URL_ });
    server.serve(URL_, packText({ version: '2.0.0' }));
    expect(await manager.refresh()).toMatchObject({ kind: 'updated' });

    const failures: Array<[() => void, string]> = [
      [() => (server.down = true), 'network'],
      [() => ((server.down = false), server.files.delete(URL_)), 'http'],
      [() => server.serve(URL_, '{"id": "kommunen"'), 'not-json'],
      [() => server.serve(URL_, packText({ version: '2.1.0', failingTest: true })), 'invalid'],
      [() => server.serve(URL_, packText({ version: '1.9.0', word: 'gammalt' })), 'rollback'],
    ];
    for (const [breakIt, cause] of failures) {
      breakIt();
      clock.now = new Date(clock.now.getTime() + 60_000);
      expect(await manager.refresh()).toMatchObject({ kind: 'failed', cause });
      const state = await manager.inForce();
      expect(state.pack).toMatchObject({ id: 'kommunen', version: '2.0.0' });
      expect(state.problems).toMatchObject([{ source: 'subscription', cause, at: clock.now.getTime() }]);
    }
    // Mended: the problem is gone.
    server.serve(URL_, packText({ version: '2.1.0' }));
    expect(await manager.refresh()).toMatchObject({ kind: 'updated' });
    expect(await manager.inForce()).toMatchObject({ pack: { version: '2.1.0' }, problems: [] });
  });

  it('imports a pack file only when it loads, listing every problem by path otherwise', async () => {
    const { manager } = setup();
    const broken = JSON.parse(packText()) as { rules: Array<Record<string, unknown>> };
    broken.rules[0]!.severity = 'fatal';
    delete broken.rules[0]!.message;
    const refused = await manager.importPack(JSON.stringify(broken), 'trasig.json');
    expect(refused.ok === false && refused.problems.map((p) => p.path)).toEqual(['rules[0].severity', 'rules[0].message']);
    expect((await manager.inForce()).pack.id).toBe('bas');

    expect(await manager.importPack(packText(), 'kommunen.json')).toMatchObject({ ok: true });
    expect((await manager.inForce()).origin).toMatchObject({ source: 'file', fileName: 'kommunen.json' });
  });

  it('refuses imports and user subscriptions when the policy does not allow them', async () => {
    const { manager } = setup();
    await fakeBrowser.storage.managed.set({ allowUserPacks: false });
    expect(await manager.importPack(packText(), 'kommunen.json')).toMatchObject({ ok: false });
    expect(await manager.subscribe(URL_)).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get(['importedPack', 'userPackUrl'])).toEqual({});
  });

  it('subscribes to a user\'s HTTPS URL at once, and refuses plain HTTP', async () => {
    const { server, manager } = setup();
    server.serve(URL_, packText());
    expect(await manager.subscribe('http://it.exempel.se/pack.json')).toMatchObject({ ok: false, problem: expect.stringContaining('not HTTPS') });
    expect(await manager.subscribe(URL_)).toEqual({ ok: true });
    expect((await manager.inForce()).origin.source).toBe('subscription');
    expect(await manager.subscribe(undefined)).toEqual({ ok: true });
    expect((await manager.inForce()).origin.source).toBe('builtin');
  });

  it('re-creates the alarm when the worker starts, and fetches at start only when a check is due', async () => {
    const { server, clock, manager } = setup();
    await manager.schedule();
    expect(await fakeBrowser.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 360 });

    await fakeBrowser.storage.local.set({ userPackUrl: URL_ });
    server.serve(URL_, packText());
    await manager.refreshIfDue();
    expect(server.requests).toHaveLength(1);
    clock.now = new Date(clock.now.getTime() + 60 * 60_000);
    await manager.refreshIfDue();
    expect(server.requests).toHaveLength(1);
    clock.now = new Date(clock.now.getTime() + 360 * 60_000);
    await manager.refreshIfDue();
    expect(server.requests).toHaveLength(2);
  });
});
