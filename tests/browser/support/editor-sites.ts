/**
 * The four editor fixture pages (tests/fixtures/editors/) under their sites' host names, and the
 * ways a browser test reaches the extension's view of them: the last check and the fix path,
 * through the content script's messages, and the editor's own state, through `window.__fixture`.
 */
import type { Page } from 'playwright-core';
import type { LastResultReply } from '../../../lib/messages';
import type { EditorKind, ReplaceResult, Surface } from '../../../lib/sites/types';
import type { ExtensionBrowser } from './chromium';
import type { EditorApp } from './fixtures';

export interface EditorCase {
  name: string;
  origin: string;
  path: string;
  app: EditorApp;
  title: string;
  surface: Surface;
  editor: EditorKind;
}

export const EDITORS: EditorCase[] = [
  {
    name: 'Lexical on www.facebook.com',
    origin: 'https://www.facebook.com',
    path: '/hoforskommun/posts/1234567890',
    app: 'lexical-app.ts',
    title: 'Hofors kommun | Facebook',
    surface: 'facebook/comment',
    editor: 'lexical',
  },
  { name: 'Draft.js on x.com', origin: 'https://x.com', path: '/home', app: 'draft-app.tsx', title: 'Startsida / X', surface: 'x/post', editor: 'draft' },
  {
    name: 'plain contenteditable on www.youtube.com',
    origin: 'https://www.youtube.com',
    path: '/watch?v=h0f0rs12345',
    app: 'youtube-app.ts',
    title: 'Hofors kommun – YouTube',
    surface: 'youtube/comment',
    editor: 'plain',
  },
  {
    name: 'textarea on studio.youtube.com',
    origin: 'https://studio.youtube.com',
    path: '/channel/UCh0f0rsKommun0fficia1xQ/comments/inbox',
    app: 'studio-app.ts',
    title: 'Kanalkommentarer - YouTube Studio',
    surface: 'youtube/studio-reply',
    editor: 'textarea',
  },
];

/** Editors differ in how they end a line ("\r\n" never appears here, but a trailing "\n" may). */
export const normalise = (text: string) => text.replace(/\r\n?/g, '\n');

/** The composer's tab, by its site (one page is open per site at a time). */
export async function toTab<T>(browser: ExtensionBrowser, origin: string, message: object): Promise<T> {
  return browser.worker.evaluate(
    async ({ origin, message }) => {
      const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
      return chrome.tabs.sendMessage(tab!.id!, message);
    },
    { origin, message },
  ) as Promise<T>;
}

export const lastResult = (browser: ExtensionBrowser, origin: string) => toTab<LastResultReply | null>(browser, origin, { type: 'policyvakt:last-result' });

/** The product's fix path, as the assistant's and popup's fix buttons use it. */
export const applyFix = (browser: ExtensionBrowser, origin: string, start: number, end: number, replacement: string) =>
  toTab<ReplaceResult | null>(browser, origin, { type: 'policyvakt:apply-fix', start, end, replacement });

export const stateText = (page: Page) => page.evaluate(() => window.__fixture.getText()).then(normalise);
export const caretText = (page: Page) => page.evaluate(() => window.__fixture.textBeforeCaret());

export async function openComposer(browser: ExtensionBrowser, site: EditorCase): Promise<{ page: Page; selector: string; pageErrors: string[] }> {
  // One page at a time: the messages find the composer's tab by its site.
  for (const open of browser.context.pages()) await open.close();
  const page = await browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(site.origin + site.path);
  await page.waitForFunction(() => window.__fixture !== undefined);
  const selector = await page.evaluate(() => window.__fixture.selector);
  await page.locator(selector).click();
  return { page, selector, pageErrors };
}

