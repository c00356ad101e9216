/**
 * WXT's fake browser has no i18n; this gives it the real Swedish messages (public/_locales/sv) with
 * Chrome's placeholder rules, so UI tests read what users read.
 */
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(readFileSync('public/_locales/sv/messages.json', 'utf8')) as Messages;

export function useSwedishMessages(): void {
  (fakeBrowser.i18n as { getMessage: (name: string, substitutions?: string | string[]) => string }).getMessage = (name, substitutions) => {
    const entry = messages[name];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return entry.message.replace(/\$(\w+)\$/g, (whole, placeholder: string) => {
      const content = entry.placeholders?.[placeholder.toLowerCase()]?.content;
      const index = content ? Number(/^\$(\d)$/.exec(content)?.[1]) : NaN;
      return Number.isNaN(index) ? whole : (values[index - 1] ?? '');
    });
  };
}
