/**
 * The README's screenshots of the assistant on each site, made here from the fixture pages with the
 * real content scripts. Each shot is also a check: the panel is there with the findings the draft
 * must give. (Headless Chromium's UI language is English here, so the buttons read "Why?"; the
 * findings are the pack's Swedish messages.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, servePage, type ExtensionBrowser } from './support/chromium';

const SITES = [
  { site: 'facebook', fixture: 'facebook/comment.sv.html', editor: '[contenteditable="true"][role="textbox"]' },
  { site: 'x', fixture: 'x/reply.sv.html', editor: '[data-testid="tweetTextarea_0"][contenteditable="true"], [data-testid="tweetTextarea_0"] [contenteditable="true"]' },
  { site: 'youtube', fixture: 'youtube/comment.sv.html', editor: '#contenteditable-root' },
] as const;

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
    await page.screenshot({ path: `docs/screenshots/${site}.png` });
    await page.close();
  });
});
