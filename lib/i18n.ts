/** UI text from `_locales` (Swedish by default, English as second locale). */
import { browser } from 'wxt/browser';

/** The message names come from public/_locales/sv/messages.json (WXT generates their type). */
export type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageName, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
