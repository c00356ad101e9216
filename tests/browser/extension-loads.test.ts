import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LastResultReply } from '../../lib/messages';
import { launchWithExtension, servePage, type ExtensionBrowser } from './support/chromium';

const fixture = readFileSync('tests/fixtures/facebook/plain-composers.html', 'utf8');

/** Asks the content script in the active tab for its last result, as the popup does. */
async function lastResult(browser: ExtensionBrowser): Promise<LastResultReply | null> {
  return browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.tabs.sendMessage(tab!.id!, { type: 'policyvakt:last-result' });
  });
}

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await servePage(browser.context, 'https://www.facebook.com', fixture);
  });
  afterAll(async () => browser?.close());

  it('starts its service worker and opens its popup', async () => {
    expect(await browser.worker.evaluate(() => chrome.runtime.getManifest().name)).toBe('Policyvakt');
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Policyvakt');
    // The popup's own tab is not a site Policyvakt works on, and it says so.
    await expect.poll(() => page.locator('main p.muted').textContent()).toMatch(/Facebook, X och YouTube/);
    // …and names the pack in force.
    await expect.poll(() => page.locator('[data-testid="popup-pack"]').textContent()).toContain('1.0.0');
    await page.close();
  });

  it('checks what is typed on facebook.com and keeps the findings for the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/hoforskommun');
    await page.locator('#reply').click();
    const draft = 'Hej! Ditt personnummer 811218-9876 ska inte stå här.';
    await page.keyboard.type(draft);
    await expect.poll(async () => (await lastResult(browser))?.result?.findings.length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await lastResult(browser))?.length, { timeout: 10_000 }).toBe(draft.length);
    const reply = (await lastResult(browser))!;
    expect(reply).toMatchObject({ platform: 'facebook', surface: 'facebook/reply', editor: 'textarea' });
    // No Facebook cookies in this profile: nobody is signed in, and the popup must not guess.
    expect(reply.identity).toMatchObject({ kind: 'unknown', platform: 'facebook' });
    expect(reply.result!.language).toBe('sv');
    const finding = reply.result!.findings.find((f) => f.ruleId === 'bas.personnummer')!;
    expect(finding).toMatchObject({ category: 'personal-data', severity: 'error', start: 23, end: 34 });

    // A contenteditable composer is read as well, and a clean draft gives no personal-data finding.
    await page.locator('#post').click();
    await page.keyboard.type('Välkommen till biblioteket i helgen!');
    await expect
      .poll(async () => (await lastResult(browser))?.length, { timeout: 10_000 })
      .toBe('Välkommen till biblioteket i helgen!'.length);
    const clean = (await lastResult(browser))!;
    expect(clean).toMatchObject({ surface: 'facebook/post', editor: 'plain' });
    expect(clean.result!.findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.start}-${f.end}`)).toEqual([]);
    await page.close();
  });

  it('does not run on hosts outside its list', async () => {
    await servePage(browser.context, 'https://m.facebook.com', fixture);
    const page = await browser.context.newPage();
    await page.goto('https://m.facebook.com/');
    await page.locator('#reply').click();
    await page.keyboard.type('811218-9876');
    await expect(lastResult(browser)).rejects.toThrow(/Receiving end does not exist/);
    await page.close();
  });
});

describe('the extension in an English browser', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension({ uiLanguage: 'en-US' });
    await servePage(browser.context, 'https://www.facebook.com', fixture);
  });
  afterAll(async () => browser?.close());

  it('speaks English in its popup and panel (_locales/en), while the pack\'s messages stay Swedish', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => popup.locator('main p.muted').textContent()).toMatch(/Facebook, X and YouTube/);
    await popup.close();

    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/hoforskommun');
    await page.locator('#reply').click();
    await page.keyboard.type('Mitt personnummer är 811218-9876.');
    const finding = page.locator('policyvakt-ui [data-rule-id="bas.personnummer"]');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
    expect(await finding.locator('[data-action="why"]').textContent()).toBe('Why?');
    expect(await finding.textContent()).toContain('personnummer');
    await page.close();
  });
});
