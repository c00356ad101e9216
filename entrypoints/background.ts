import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createPackManager } from '../lib/admin/pack-manager';
import { isPolicyvaktMessage, type PackReply, type PackStateReply } from '../lib/messages';
import { BUILTIN_PACK_IDS } from '../lib/packs/builtin';
import { ALL_SITE_MATCHES } from '../lib/sites/hosts';
import { IDENTITY_COOKIES, isIdentityCookie, type CookieSignals } from '../lib/sites/signals';

/**
 * The background validates packs (zod stays here, out of the content scripts), keeps the pack in
 * force by the admin's precedence (lib/admin/), and hands it to each content script that asks.
 */
export default defineBackground(() => {
  const packs = createPackManager();

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPolicyvaktMessage(message)) return undefined;
    switch (message.type) {
      case 'policyvakt:get-pack':
        return packs.inForce().then((state): PackReply => ({ pack: state.pack, source: state.origin.source, allowPause: state.policy.policy.allowPause }));
      case 'policyvakt:pack-state':
        return packs.inForce().then((state): PackStateReply => ({ ...state, builtinPackIds: BUILTIN_PACK_IDS }));
      case 'policyvakt:import-pack':
        return packs.importPack(message.text, message.fileName).then((result) => (result.ok ? { ok: true } : result));
      case 'policyvakt:subscribe':
        return packs.subscribe(message.url ?? undefined);
      case 'policyvakt:refresh-pack':
        return packs.refresh().then(() => undefined);
      case 'policyvakt:cookie-signals':
        return readCookieSignals();
      default:
        return undefined;
    }
  });

  // Policy or kept packs changed: every open tab asks for the pack in force again.
  packs.watch(() => void broadcast({ type: 'policyvakt:pack-changed' }));
  void packs.schedule();
  void packs.refreshIfDue();

  // Signing in, switching profile or acting as a Page changes these cookies: tell the open tabs.
  browser.cookies.onChanged.addListener(({ cookie }) => {
    if (isIdentityCookie(cookie)) void broadcast({ type: 'policyvakt:cookies-changed' });
  });
});

async function broadcast(message: { type: string }): Promise<void> {
  const tabs = await browser.tabs.query({ url: ALL_SITE_MATCHES });
  for (const tab of tabs) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  }
}

async function readCookieSignals(): Promise<CookieSignals> {
  const signals: CookieSignals = { facebook: {}, x: {} };
  for (const wanted of IDENTITY_COOKIES) {
    const cookie = await browser.cookies.get({ url: wanted.url, name: wanted.name });
    if (cookie) (signals[wanted.site] as Record<string, string>)[wanted.name] = cookie.value;
  }
  return signals;
}
