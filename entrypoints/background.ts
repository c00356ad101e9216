import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isPolicyvaktMessage } from '../lib/messages';
import { packInForce } from '../lib/pack-choice';
import { ALL_SITE_MATCHES } from '../lib/sites/hosts';
import { IDENTITY_COOKIES, isIdentityCookie, type CookieSignals } from '../lib/sites/signals';

/**
 * The background validates packs (zod stays here, out of the content scripts) and hands the
 * resolved pack to each content script that asks.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPolicyvaktMessage(message)) return undefined;
    if (message.type === 'policyvakt:get-pack') return packInForce();
    if (message.type === 'policyvakt:cookie-signals') return readCookieSignals();
    return undefined;
  });

  // Signing in, switching profile or acting as a Page changes these cookies: tell the open tabs.
  browser.cookies.onChanged.addListener(({ cookie }) => {
    if (!isIdentityCookie(cookie)) return;
    void browser.tabs.query({ url: ALL_SITE_MATCHES }).then((tabs) => {
      for (const tab of tabs) {
        if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'policyvakt:cookies-changed' }).catch(() => undefined);
      }
    });
  });
});

async function readCookieSignals(): Promise<CookieSignals> {
  const signals: CookieSignals = { facebook: {}, x: {} };
  for (const wanted of IDENTITY_COOKIES) {
    const cookie = await browser.cookies.get({ url: wanted.url, name: wanted.name });
    if (cookie) (signals[wanted.site] as Record<string, string>)[wanted.name] = cookie.value;
  }
  return signals;
}
