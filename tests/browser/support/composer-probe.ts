/**
 * Bundled into a fixture page by fixtures.ts: reads a composer with Policyvakt's own reader
 * (lib/sites/composer.ts, the code the content scripts run), so a test can compare the text the
 * extension checks with the editor's own state. The draft never leaves the content script, so the
 * extension cannot be asked for it; its length and finding offsets can, and the tests check those too.
 */
import { makeComposer } from '../../../lib/sites/composer';

declare global {
  interface Window {
    __policyvaktRead(selector: string): string;
  }
}

window.__policyvaktRead = (selector) => makeComposer(document.querySelector<HTMLElement>(selector)!, 'facebook', []).text();
