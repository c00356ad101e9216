/**
 * The README's screenshots of the assistant on each site, made here from the fixture pages with the
 * real content scripts. Each shot is also a check: the panel is there with the findings the draft
 * must give, in Swedish (the browser runs with Swedish as its interface language).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePage, type ExtensionBrowser } from './support/chromium';

const SITES = [
  { site: 'facebook', fixture: 'facebook/comment.sv.html', editor: '[contenteditable="true"][role="textbox"]' },
  { site: 'x', fixture: 'x/reply.sv.html', editor: '[data-testid="tweetTextarea_0"][contenteditable="true"], [data-testid="tweetTextarea_0"] [contenteditable="true"]' },
  { site: 'youtube', fixture: 'youtube/comment.sv.html', editor: '#contenteditable-root' },
] as const;

const BAS = JSON.parse(readFileSync('lib/packs/builtin/bas.json', 'utf8')) as { name: string; version: string; rules: unknown[] };

const DRAFT = ' Tack för Er fråga! Du kan erhålla blanketten i receptionen. Mitt personnummer är 811218-9876.';

describe('screenshots of the assistant for the README', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => browser?.close());

  it.each(SITES)('$site', async ({ site, fixture, editor }) => {
    const html = readFileSync(`tests/fixtures/${fixture}`, 'utf8');
    const url = new URL(/URL: (\S+)/.exec(html)![1]!);
    await servePage(browser.context, url.origin, html);
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 720 });
    await page.goto(url.href);
    const composer = page.locator(editor).first();
    await composer.click();
    await page.keyboard.press('End');
    await page.keyboard.type(DRAFT);
    const error = page.locator('policyvakt-ui [data-rule-id="bas.personnummer"]');
    await expect.poll(() => error.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('policyvakt-ui .panel [data-rule-id="bas.myndighetssprak"] [data-action="fix"]').first().textContent()).toBe('få');
    expect(await page.locator('policyvakt-ui .panel [data-rule-id="bas.personnummer"] [data-action="why"]').textContent()).toBe('Varför?');
    await page.screenshot({ path: `docs/screenshots/${site}.png` });
    await page.close();
  });

  it('options page', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => page.locator('[data-testid="pack-in-force"] h2').textContent()).toBe('Regelpaket i kraft');
    // The built-in pack, with a row per rule the user may soften.
    expect(await page.locator('[data-testid="pack-name"]').textContent()).toBe(`${BAS.name} ${BAS.version}`);
    expect(await page.locator('tr[data-rule-id]').count()).toBe(BAS.rules.length);
    await page.screenshot({ path: 'docs/screenshots/options.png' });
    await page.close();
  });
});
