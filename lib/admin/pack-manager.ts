/**
 * The background's side of pack distribution: reads the managed policy and what is kept in
 * storage.local, works out the pack in force (pack-in-force.ts), refreshes the subscription on an
 * alarm, and tells the open tabs when the pack in force may have changed.
 *
 * storage.local keys: builtinPackId, userPackUrl, subscription, subscriptionProblem, importedPack,
 * policyPack, ruleSettings (see StoredPackState).
 */
import { browser } from 'wxt/browser';
import type { PackProblem } from '../packs/problems';
import type { Pack } from '../packs/schema';
import { type PackInForce, resolvePackInForce, type SourceProblem, type StoredPackState } from './pack-in-force';
import { loadPackInput, type PackTextResult } from './pack-text';
import { checkPackUrl } from './pack-url';
import { type PolicyReading, readManagedPolicy } from './policy';
import { refreshSubscription, type RefreshOutcome } from './subscription';

export const REFRESH_ALARM = 'policyvakt:refresh-pack';
/** A subscription that has never loaded is tried again when the worker starts, at most this often. */
const RETRY_AFTER_FAILURE_MS = 5 * 60_000;

export const STORED_KEYS = [
  'builtinPackId',
  'userPackUrl',
  'subscription',
  'subscriptionProblem',
  'importedPack',
  'policyPack',
  'ruleSettings',
] as const satisfies ReadonlyArray<keyof StoredPackState>;

export interface PackManagerOptions {
  fetch?: typeof fetch;
  now?: () => Date;
}

export interface PackManager {
  inForce(): Promise<PackInForce & { policy: PolicyReading }>;
  /** Fetches the subscribed pack now; undefined when no URL is set. */
  refresh(): Promise<RefreshOutcome | undefined>;
  /** Validates and keeps an imported pack; a broken file changes nothing. */
  importPack(text: string, fileName: string): Promise<{ ok: true; pack: Pack } | { ok: false; problems: PackProblem[] }>;
  /** Subscribes to the user's own URL (undefined unsubscribes). */
  subscribe(url: string | undefined): Promise<{ ok: true } | { ok: false; problem: string }>;
  /**
   * Fetches the subscribed pack at once when it was never fetched or the last check is older than
   * the refresh period (a machine that was off, a first install with the policy in place).
   */
  refreshIfDue(): Promise<void>;
  /** Creates the refresh alarm if it is missing or its period changed; call whenever the worker starts. */
  schedule(): Promise<void>;
  /** Starts following policy and storage changes; `onChange` runs whenever the pack in force may differ. */
  watch(onChange: () => void): void;
}

export function createPackManager(options: PackManagerOptions = {}): PackManager {
  const now = options.now ?? (() => new Date());
  // Rule tests run on every load: remember results by text (a handful of packs at most).
  const loads = new Map<string, PackTextResult>();
  const load = (input: unknown): PackTextResult => {
    const key = typeof input === 'string' ? input : JSON.stringify(input);
    let result = loads.get(key);
    if (!result) {
      result = loadPackInput(input);
      if (loads.size > 8) loads.clear();
      loads.set(key, result);
    }
    return result;
  };

  let cached: Promise<PackInForce & { policy: PolicyReading }> | undefined;
  const stored = async () => (await browser.storage.local.get([...STORED_KEYS])) as StoredPackState;

  async function compute(): Promise<PackInForce & { policy: PolicyReading }> {
    const policy = await readManagedPolicy();
    const result = resolvePackInForce(policy, await stored(), { now: now(), load });
    if (result.keepPolicyPack) await browser.storage.local.set({ policyPack: result.keepPolicyPack });
    return { ...result, policy };
  }

  async function refresh(): Promise<RefreshOutcome | undefined> {
    const policy = await readManagedPolicy();
    const state = await stored();
    const url = policy.policy.packUrl ?? (policy.policy.allowUserPacks ? state.userPackUrl : undefined);
    if (url === undefined) return undefined;
    const outcome = await refreshSubscription(url, state.subscription, {
      trustedKeys: policy.policy.trustedKeys,
      signatureRequired: policy.policy.signatureRequired,
      now: now(),
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
    if (outcome.kind === 'failed') {
      const problem: SourceProblem = { source: 'subscription', at: now().getTime(), cause: outcome.cause, detail: outcome.detail, problems: outcome.problems };
      await browser.storage.local.set({ subscriptionProblem: problem });
    } else {
      await browser.storage.local.set({ subscription: outcome.record });
      await browser.storage.local.remove('subscriptionProblem');
    }
    return outcome;
  }

  async function schedule(): Promise<void> {
    const { policy } = await readManagedPolicy();
    const existing = await browser.alarms.get(REFRESH_ALARM);
    if (existing?.periodInMinutes === policy.refreshMinutes) return;
    // Alarms may not survive a browser update or a restart: re-created each time the worker starts.
    await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: 1, periodInMinutes: policy.refreshMinutes });
  }

  async function refreshIfDue(): Promise<void> {
    const { policy } = await readManagedPolicy();
    const state = await stored();
    const url = policy.packUrl ?? (policy.allowUserPacks ? state.userPackUrl : undefined);
    if (url === undefined) return;
    const last = state.subscription?.url === url ? state.subscription.checkedAt : undefined;
    const lastFailure = state.subscriptionProblem?.at;
    const since = (time: number | undefined) => now().getTime() - (time ?? 0);
    // Never fetched: at once, but a failing server is not asked again each time the worker wakes.
    const due = last === undefined ? since(lastFailure) >= RETRY_AFTER_FAILURE_MS : since(Math.max(last, lastFailure ?? 0)) >= policy.refreshMinutes * 60_000;
    if (due) await refresh();
  }

  return {
    inForce: () => (cached ??= compute()),
    refresh,
    refreshIfDue,
    schedule,

    async importPack(text, fileName) {
      const { policy } = await readManagedPolicy();
      if (!policy.allowUserPacks) return { ok: false, problems: [{ path: '', message: 'the admin\'s policy does not allow importing packs' }] };
      const loaded = load(text);
      if (!loaded.ok) return loaded;
      await browser.storage.local.set({ importedPack: { text, fileName, importedAt: now().getTime() } });
      return loaded;
    },

    async subscribe(url) {
      if (url === undefined) {
        await browser.storage.local.remove(['userPackUrl', 'subscription', 'subscriptionProblem']);
        return { ok: true };
      }
      const { policy } = await readManagedPolicy();
      if (!policy.allowUserPacks) return { ok: false, problem: 'the admin\'s policy does not allow choosing packs' };
      const problem = checkPackUrl(url);
      if (problem) return { ok: false, problem };
      await browser.storage.local.set({ userPackUrl: url });
      await browser.storage.local.remove('subscriptionProblem');
      await refresh();
      return { ok: true };
    },

    watch(onChange) {
      browser.storage.onChanged.addListener((changes, area) => {
        const keys = Object.keys(changes);
        const relevant = area === 'managed' || (area === 'local' && keys.some((key) => (STORED_KEYS as readonly string[]).includes(key)));
        if (!relevant) return;
        cached = undefined;
        // The only write compute() makes is the kept policy pack, which changes nothing in force.
        if (area === 'local' && keys.length === 1 && keys[0] === 'policyPack') return;
        if (area === 'managed') {
          void schedule();
          const urlChanged = 'packUrl' in changes || 'trustedKeys' in changes || 'allowUserPacks' in changes;
          if (urlChanged) void refresh();
        }
        onChange();
      });
      browser.alarms.onAlarm.addListener((alarm) => {
        if (alarm.name === REFRESH_ALARM) void refresh();
      });
    },
  };
}
