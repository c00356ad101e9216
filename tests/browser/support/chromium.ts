/**
 * Real Chromium (Debian's `chromium` package) with the built extension loaded, driven by
 * playwright-core. No browser is downloaded; fixture pages are served under the real host names
 * through `context.route`, so the real content scripts run without any network.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every web request the browser made (pages and workers), in order, for "no network" checks. */
  requests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * The browser's interface language, which the extension's UI follows (`_locales`). Chromium on
   * Linux takes it from LANGUAGE and needs the language's pack from Debian's `chromium-l10n`.
   */
  uiLanguage?: 'sv' | 'en-US';
}

/** Debian's Chromium keeps its interface languages here; only en-US comes with the `chromium` package. */
const LOCALES_DIR = '/usr/lib/chromium/locales';

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  // Swedish by default: what the communicators see.
  const uiLanguage = options.uiLanguage ?? 'sv';
  if (existsSync(LOCALES_DIR) && !existsSync(join(LOCALES_DIR, `${uiLanguage}.pak`))) {
    throw new Error(`Chromium has no "${uiLanguage}" interface language: install Debian's "chromium-l10n" package (apt-get install chromium-l10n).`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's "chromium" package (apt-get install chromium).`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  const profile = mkdtempSync(join(tmpdir(), 'policyvakt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, LANGUAGE: uiLanguage },
    args: [
      `--lang=${uiLanguage}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // Nothing may reach the network: every web request a test did not route is refused (the
  // extension's own chrome-extension:// files are left alone). Later routes take precedence.
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', (route) => route.abort('blockedbyclient'));
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Serves `html` for every page under `origin` (e.g. https://www.facebook.com). */
export async function servePage(context: BrowserContext, origin: string, html: string): Promise<void> {
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
}
