import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePage, type ExtensionBrowser } from './support/chromium';

const fixture = readFileSync('tests/fixtures/facebook/plain-composers.html', 'utf8');

/** The assistant lives in <policyvakt-ui>'s open shadow root; Playwright's CSS locators pierce it. */
describe('the in-page assistant on a plain composer', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await servePage(browser.context, 'https://www.facebook.com', fixture);
  });
  afterAll(async () => browser?.close());

  it('shows findings beside the composer without taking focus, and applies a fix', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/hoforskommun');
    await page.locator('#reply').click();
    const before = browser.requests.length;
    await page.keyboard.type('Du kan erhålla hjälp. Mitt personnummer är 811218-9876.');
    const error = page.locator('policyvakt-ui [data-rule-id="bas.personnummer"]');
    await expect.poll(() => error.getAttribute('data-severity')).toBe('error');
    // Checking happens in the page: typing and linting make no request at all.
    expect(browser.requests.slice(before)).toEqual([]);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');
    // The identity badge is there and says it does not know (no cookies in this profile).
    expect(await page.locator('policyvakt-ui [data-identity]').getAttribute('data-identity')).toBe('unknown');

    await page.locator('policyvakt-ui [data-rule-id="bas.myndighetssprak"] [data-action="fix"]').first().click();
    await expect.poll(() => page.locator('#reply').inputValue()).toBe('Du kan få hjälp. Mitt personnummer är 811218-9876.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');

    // "Varför?" shows the passage the rule enforces.
    await page.locator('policyvakt-ui [data-rule-id="bas.personnummer"] [data-action="why"]').click();
    await expect.poll(() => page.locator('policyvakt-ui [data-rule-id="bas.personnummer"] .why').textContent()).toContain('3 kap. 10 §');

    // Escape closes the panel.
    await page.locator('#reply').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('policyvakt-ui .panel').count()).toBe(0);
    await page.close();
  });

  it('stays silent on a site where it is paused, and comes back when unpaused', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/hoforskommun');
    await browser.worker.evaluate(() => chrome.storage.local.set({ pausedHosts: ['www.facebook.com'] }));
    await page.locator('#reply').click();
    await page.keyboard.type('Mitt personnummer är 811218-9876.');
    await page.waitForTimeout(500);
    expect(await page.locator('policyvakt-ui [data-rule-id]').count()).toBe(0);
    await browser.worker.evaluate(() => chrome.storage.local.set({ pausedHosts: [] }));
    await expect.poll(() => page.locator('policyvakt-ui [data-rule-id="bas.personnummer"]').count()).toBe(1);
    await page.close();
  });

  it('holds the publish click once while an error remains, and "Gå tillbaka" keeps the draft', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/hoforskommun');
    await page.locator('#reply').click();
    const draft = 'Mitt personnummer är 811218-9876.';
    await page.keyboard.type(draft);
    await expect.poll(() => page.locator('policyvakt-ui [data-rule-id="bas.personnummer"]').count()).toBe(1);

    await page.locator('#publish').click();
    const guard = page.locator('policyvakt-ui [data-testid="submit-guard"]');
    await expect.poll(() => guard.count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { published: string[] }).published)).toEqual([]);
    await guard.locator('[data-action="back"]').click();
    await expect.poll(() => guard.count()).toBe(0);
    expect(await page.locator('#reply').inputValue()).toBe(draft);

    // "Publicera ändå" lets this one click through: the user decides.
    await page.locator('#publish').click();
    await guard.locator('[data-action="publish-anyway"]').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { published: string[] }).published)).toEqual([draft]);
    await page.close();
  });
});

describe('the private-profile warning', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    await servePage(browser.context, 'https://www.facebook.com', fixture);
    // Signed in as a person (c_user) who is not one of the pack's official accounts.
    await browser.context.addCookies([{ name: 'c_user', value: '100099887766', domain: '.facebook.com', path: '/', secure: true, httpOnly: true }]);
  });
  afterAll(async () => browser?.close());

  it('warns a private profile handling official business, inserts the referral and can be dismissed for the thread', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/hoforskommun/posts/1');
    await page.locator('#reply').click();
    await page.keyboard.type('Jag jobbar på miljöförvaltningen och din anmälan är registrerad. ');
    const banner = page.locator('policyvakt-ui [data-testid="private-profile-warning"]');
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('policyvakt-ui [data-identity]').getAttribute('data-identity')).toBe('private');

    await banner.locator('[data-action="insert-referral"]').click();
    await expect.poll(() => page.locator('#reply').inputValue()).toMatch(/^Jag jobbar på miljöförvaltningen och din anmälan är registrerad\. \S/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reply');

    await banner.locator('[data-action="dismiss"]').click();
    await expect.poll(() => banner.count()).toBe(0);
    await page.keyboard.type(' Vi hörs.');
    await page.waitForTimeout(400);
    expect(await banner.count()).toBe(0);
    await page.close();
  });

  it('leaves private life alone', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.facebook.com/anna.berg/posts/2');
    await page.locator('#reply').click();
    await page.keyboard.type('Grattis på födelsedagen, vi ses på lördag!');
    await expect.poll(() => page.locator('policyvakt-ui [data-identity]').getAttribute('data-identity'), { timeout: 10_000 }).toBe('private');
    expect(await page.locator('policyvakt-ui [data-testid="private-profile-warning"]').count()).toBe(0);
    await page.close();
  });
});
