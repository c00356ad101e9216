/**
 * The in-page assistant on every site's real editor (issue 5), in real Chromium with the built
 * extension: what communicators see and do. Per site: a personnummer shows as an error beside the
 * composer; an officialese fix from the panel lands in the editor's own state; the submit guard
 * holds the site's publish action and "Gå tillbaka" keeps the draft; typing makes no request. On
 * Facebook and X, a private profile answering in one of the municipality's threads gets the banner.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packText } from '../unit/admin/support';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { EDITORS, lastResult, openComposer, stateText, type EditorCase } from './support/editor-sites';
import { serveEditorApp } from './support/fixtures';

const DRAFT = 'Ni kan erhålla hjälp i receptionen. Mitt personnummer är 811218-9876.';

/** How each fixture publishes, as its site does: a button, or Enter in Facebook's comment box. */
const PUBLISH: Record<string, string | 'Enter'> = {
  lexical: 'Enter',
  draft: '[data-testid="tweetButtonInline"]',
  plain: 'ytd-commentbox #submit-button',
  textarea: 'ytcp-commentbox #submit-button',
};

describe('the assistant on the real editors', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const site of EDITORS) await serveEditorApp(browser.context, site.origin, site.app, site.title);
  });
  afterAll(async () => browser?.close());

  describe.each(EDITORS)('$name', (site: EditorCase) => {
    it('shows the personnummer as an error, applies the officialese fix into the editor, and asks nothing of the network', async () => {
      const { page, selector } = await openComposer(browser, site);
      const before = browser.requests.length;
      await page.keyboard.type(DRAFT);
      const error = page.locator('policyvakt-ui [data-rule-id="bas.personnummer"]');
      await expect.poll(() => error.getAttribute('data-severity'), { timeout: 10_000 }).toBe('error');
      expect(await error.getAttribute('data-category')).toBe('personal-data');
      expect(browser.requests.slice(before)).toEqual([]);
      // The focus stayed in the composer while the panel appeared.
      expect(await page.evaluate((selector) => document.activeElement === document.querySelector(selector), selector)).toBe(true);

      await page.locator('policyvakt-ui [data-rule-id="bas.myndighetssprak"] [data-action="fix"]').first().click();
      await expect.poll(() => stateText(page)).toBe(DRAFT.replace('erhålla', 'få'));
      await expect.poll(async () => (await lastResult(browser, site.origin))?.length).toBe(DRAFT.length - 'erhålla'.length + 'få'.length);
      expect(await page.locator('policyvakt-ui [data-rule-id="bas.myndighetssprak"]').count()).toBe(0);
      expect(await page.evaluate(() => window.__fixture.errors)).toEqual([]);
      await page.close();
    });

    it('holds the publish action while the error remains, and "Gå tillbaka" keeps the draft', async () => {
      const { page } = await openComposer(browser, site);
      await page.evaluate(() => (window.__fixture.enterSends = true));
      await page.keyboard.type(DRAFT);
      await expect.poll(() => page.locator('policyvakt-ui [data-rule-id="bas.personnummer"]').count(), { timeout: 10_000 }).toBe(1);

      const publish = PUBLISH[site.editor]!;
      if (publish === 'Enter') await page.keyboard.press('Enter');
      else {
        // A real click where the button is drawn: if Policyvakt's panel covered it, the click would
        // land on the panel and no guard would show. (Playwright's actionability wait never settles
        // on Studio's unstyled custom-element button once the panel is up, so it is not used here.)
        const box = (await page.locator(publish).boundingBox())!;
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      }
      const guard = page.locator('policyvakt-ui [data-testid="submit-guard"]');
      await expect.poll(() => guard.count()).toBe(1);
      expect(await guard.locator('[data-rule-id="bas.personnummer"]').count()).toBe(1);
      expect(await page.evaluate(() => window.__fixture.published)).toEqual([]);

      await guard.locator('[data-action="back"]').click();
      await expect.poll(() => guard.count()).toBe(0);
      expect(await stateText(page)).toBe(DRAFT);
      expect(await page.evaluate(() => window.__fixture.published)).toEqual([]);
      await page.close();
    });
  });
});

describe('a private profile answering in the municipality\'s thread', () => {
  let browser: ExtensionBrowser;
  const facebook = EDITORS.find((site) => site.editor === 'lexical')!;
  const x = EDITORS.find((site) => site.editor === 'draft')!;

  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const site of [facebook, x]) await serveEditorApp(browser.context, site.origin, site.app, site.title);
    // The admin's pack names the official accounts; the browser is signed in as a person.
    const pack = packText({
      accounts: {
        facebook: [{ id: '100064000000001', handle: 'hoforskommun', name: 'Hofors kommun' }],
        x: [{ id: '1500000000000000001', handle: 'hoforskommun', name: 'Hofors kommun' }],
      },
    });
    await browser.worker.evaluate((text) => chrome.storage.local.set({ importedPack: { text, fileName: 'hofors-konton.json', importedAt: Date.now() } }), pack);
    // Lasting cookies, as the sites set them: Chromium drops session cookies when its last page closes.
    const expires = Math.floor(Date.now() / 1000) + 86_400;
    await browser.context.addCookies([
      { name: 'c_user', value: '100099887766', domain: '.facebook.com', path: '/', secure: true, expires },
      { name: 'twid', value: 'u%3D1700000000000000042', domain: '.x.com', path: '/', secure: true, expires },
    ]);
  });
  afterAll(async () => browser?.close());

  it.each([
    ['Facebook (Lexical)', () => facebook, '/hoforskommun/posts/1234567890'],
    ['X (Draft.js)', () => x, '/hoforskommun/status/1234567890'],
  ])('gets the banner on %s, with the referral template one click away', async (_name, site, path) => {
    const { page } = await openComposer(browser, { ...site(), path });
    await page.keyboard.type('Tack för tipset, jag kollar upp det.');
    const banner = page.locator('policyvakt-ui [data-testid="private-profile-warning"]');
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('policyvakt-ui [data-identity]').getAttribute('data-identity')).toBe('private');

    await banner.locator('[data-action="insert-referral"]').click();
    await expect.poll(async () => (await stateText(page)).length).toBeGreaterThan('Tack för tipset, jag kollar upp det.'.length + 20);
    expect(await stateText(page)).toMatch(/^Tack för tipset, jag kollar upp det\./);
    await page.close();
  });
});
