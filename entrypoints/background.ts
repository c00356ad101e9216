import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isPolicyvaktMessage } from '../lib/messages';
import { packInForce } from '../lib/pack-choice';

/**
 * The background validates packs (zod stays here, out of the content scripts) and hands the
 * resolved pack to each content script that asks.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isPolicyvaktMessage(message)) return undefined;
    if (message.type === 'policyvakt:get-pack') return packInForce();
    return undefined;
  });
});
