/**
 * Admin distribution in real Chromium (issue 6): a managed policy file sets an inline pack, locks a
 * rule and forbids pausing; the content script enforces that pack on facebook.com and the options
 * page shows it with its lock. Without a policy, a pack file imported in the options page is
 * refused with its problems by path when broken, and enforced when good.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packText } from '../unit/admin/support';
import { EXTENSION_DIR, launchWithExtension, servePage, type ExtensionBrowser } from './support/chromium';
import { removeManagedPolicy, unpackedExtensionId, writeManagedPolicy } from './support/policy';

const fixture = readFileSync('tests/fixtures/facebook/plain-composers.html', 'utf8');

async function typeInReply(browser: ExtensionBrowser, text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto('https://www.facebook.com/hoforskommun/posts/1');
  await page.locator('#reply').click();
  await page.keyboard.type(text);
  return page;
}

describe('a pack set by the admin\'s managed policy', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    removeManagedPolicy();
    writeManagedPolicy(unpackedExtensionId(EXTENSION_DIR), {
      pack: packText({ id: 'kommunen', word: 'kommunwebben' }),
      lockedRules: ['kommunen.eget-ord'],
      allowPause: false,
    });
    browser = await launchWithExtension();
    await servePage(browser.context, 'https://www.facebook.com', fixture);
  });
  afterAll(async () => {
    await browser?.close();
    removeManagedPolicy();
  });

  it('is the pack the content script enforces', async () => {
    expect(browser.extensionId).toBe(unpackedExtensionId(EXTENSION_DIR));
    const page = await typeInReply(browser, 'Läs mer på kommunwebben.');
    const finding = page.locator('policyvakt-ui [data-rule-id="kommunen.eget-ord"]');
    await expect.poll(() => finding.getAttribute('data-severity'), { timeout: 10_000 }).toBe('error');
    await page.close();
  });

  it('shows in the options page as the policy\'s pack, with its rule locked', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const inForce = page.locator('[data-testid="pack-in-force"]');
    await expect.poll(() => inForce.getAttribute('data-source')).toBe('policy');
    expect(await page.locator('[data-testid="pack-name"]').textContent()).toContain('Kommunens riktlinjer 1.0.0');
    expect(await page.locator('tr[data-rule-id="kommunen.eget-ord"]').getAttribute('data-locked')).toBe('true');
    expect(await page.locator('tr[data-rule-id="kommunen.eget-ord"] select').count()).toBe(0);
    // Rules the admin did not lock can be softened.
    expect(await page.locator('tr[data-rule-id="bas.du-tilltal"] select').count()).toBe(1);
    await page.close();
  });

  it('keeps the page checked when the user tries to pause it', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ pausedHosts: ['www.facebook.com'] }));
    const page = await typeInReply(browser, 'Läs mer på kommunwebben.');
    await expect.poll(() => page.locator('policyvakt-ui [data-rule-id="kommunen.eget-ord"]').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });
});

describe('a pack file imported in the options page', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    removeManagedPolicy();
    browser = await launchWithExtension();
    await servePage(browser.context, 'https://www.facebook.com', fixture);
  });
  afterAll(async () => browser?.close());

  it('is refused with every problem by path when broken, and enforced when good', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-testid="pack-in-force"]').getAttribute('data-source')).toBe('builtin');

    const broken = JSON.parse(packText({ word: 'ärendeportalen' })) as { rules: Array<Record<string, unknown>> };
    broken.rules[0]!.severity = 'fatal';
    await options.locator('[data-testid="import-file"]').setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const problems = options.locator('[data-testid="import-problems"]');
    await expect.poll(() => problems.textContent()).toContain('rules[0].severity');
    expect(await problems.textContent()).toContain('trasig.json');
    expect(await options.locator('[data-testid="pack-in-force"]').getAttribute('data-source')).toBe('builtin');

    await options.locator('[data-testid="import-file"]').setInputFiles({ name: 'kommunen.json', mimeType: 'application/json', buffer: Buffer.from(packText({ word: 'ärendeportalen' })) });
    await expect.poll(() => options.locator('[data-testid="pack-in-force"]').getAttribute('data-source')).toBe('file');

    const page = await typeInReply(browser, 'Gå till ärendeportalen.');
    await expect.poll(() => page.locator('policyvakt-ui [data-rule-id="kommunen.eget-ord"]').count(), { timeout: 10_000 }).toBe(1);

    // "Prova en text" runs the engine on the pack in force.
    await options.locator('[data-testid="try-text"]').fill('Gå till ärendeportalen.');
    await expect.poll(() => options.locator('[data-testid="try-result"] [data-rule-id="kommunen.eget-ord"]').count()).toBe(1);
    await page.close();
    await options.close();
  });
});
