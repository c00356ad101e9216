/**
 * The real editors in real Chromium with the built extension (issue 4). Each site's composer is
 * built with the editor package the site runs (Lexical on Facebook, Draft.js on X, the browser's own
 * contenteditable and textarea on YouTube; see tests/fixtures/editors/) and served under the site's
 * host name, so the real content scripts and the main-world bridge run on it.
 *
 * What is checked against the editor's own STATE (not only its DOM):
 * - typing through the editor is read back exactly (text, length, finding offsets);
 * - a fix applied through the product path (the `policyvakt:apply-fix` message → Composer.replace)
 *   leaves the state holding the new text, the caret after it, and one Ctrl+Z undoes exactly it;
 * - a fix that writes two lines goes in as a paste where the editor needs one (Draft.js, Lexical)
 *   and leaves the state's blocks or line breaks right;
 * - an editor that refuses the edit gets the clipboard fallback, and the draft is neither
 *   duplicated nor lost.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../lib/engine/types';
import type { LastResultReply } from '../../lib/messages';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { applyFix, caretText, EDITORS, lastResult, normalise, openComposer, stateText, type EditorCase } from './support/editor-sites';
import { composerProbe, serveEditorApp } from './support/fixtures';

/** Three lines, an emoji (two UTF-16 units), officialese with a plain alternative, a personnummer. */
const DRAFT = 'Hej! Biblioteket har öppet i helgen 📚\nNi kan erhålla hjälp med e-tjänsterna i receptionen.\nMitt personnummer är 811218-9876.';
const FIXED = DRAFT.replace('erhålla', 'få');
/** A fix that spans a whole line and writes two (on X it goes in as a paste). */
const LINE = 'Ni kan erhålla hjälp med e-tjänsterna i receptionen.';
const TWO_LINES = 'Vi hjälper dig med e-tjänsterna.\nKom till receptionen!';

/** The DOM selection's text node before its focus: the caret as the browser has it. */
const domCaretText = (page: Page) =>
  page.evaluate(() => {
    const selection = document.getSelection();
    const node = selection?.focusNode;
    if (!selection?.isCollapsed || !node) return null;
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.slice(0, selection.focusOffset);
    // A textarea keeps its caret to itself.
    const active = document.activeElement;
    return active instanceof HTMLTextAreaElement ? active.value.slice(0, active.selectionStart).split('\n').at(-1)! : null;
  });

/** The text of the ranges Policyvakt underlines as errors (CSS Custom Highlight API). */
const errorHighlights = (page: Page) =>
  page.evaluate(() => Array.from((CSS.highlights.get('policyvakt-error') ?? new Set<AbstractRange>()) as Set<AbstractRange>, (range) => (range as Range).toString()));

/** Types `text` through the editor and waits until the extension has checked all of it. */
async function typeAndCheck(browser: ExtensionBrowser, site: EditorCase, page: Page, text: string): Promise<LastResultReply> {
  await page.keyboard.type(text);
  expect(await stateText(page)).toBe(text);
  await expect.poll(async () => (await lastResult(browser, site.origin))?.length, { timeout: 10_000 }).toBe(text.length);
  return (await lastResult(browser, site.origin))!;
}

const findingAt = (reply: LastResultReply, ruleId: string, text: string, covered: string): Finding | undefined =>
  reply.result?.findings.find((finding) => finding.ruleId === ruleId && text.slice(finding.start, finding.end) === covered);

describe('real editors with the built extension', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
    for (const site of EDITORS) await serveEditorApp(browser.context, site.origin, site.app, site.title);
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    for (const page of browser.context.pages()) await page.close();
  });

  describe.each(EDITORS)('$name', (site) => {
    it('reads what was typed exactly as the editor holds it', async () => {
      const { page, selector, pageErrors } = await openComposer(browser, site);
      const reply = await typeAndCheck(browser, site, page, DRAFT);
      const state = await stateText(page);
      // The extension's own reader, run on the same element, gives the editor's text to the letter.
      await page.evaluate(await composerProbe());
      expect(normalise(await page.evaluate((selector) => window.__policyvaktRead(selector), selector))).toBe(state);
      expect(reply).toMatchObject({ surface: site.surface, editor: site.editor, length: state.length });

      const personnummer = findingAt(reply, 'bas.personnummer', state, '811218-9876');
      expect(personnummer, JSON.stringify(reply.result?.findings)).toMatchObject({ severity: 'error', start: state.indexOf('811218-9876') });
      // The underline covers the same characters in the editor's DOM (textareas have no ranges).
      if (site.editor !== 'textarea') await expect.poll(() => errorHighlights(page)).toEqual(['811218-9876']);
      expect(await page.evaluate(() => window.__fixture.errors)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    it('applies a fix into the editor state, puts the caret after it, and Ctrl+Z undoes it', async () => {
      const { page, pageErrors } = await openComposer(browser, site);
      const reply = await typeAndCheck(browser, site, page, DRAFT);
      const finding = findingAt(reply, 'bas.myndighetssprak', DRAFT, 'erhålla');
      expect(finding?.suggestions[0]).toBe('få');

      expect(await applyFix(browser, site.origin, finding!.start, finding!.end, finding!.suggestions[0]!)).toEqual({ applied: true, copied: false });
      const fixed = await stateText(page);
      expect(fixed).toContain('Ni kan få hjälp');
      expect(fixed).not.toContain('erhålla');
      expect(fixed).toBe(FIXED);
      // The caret, in the editor's state and in the browser's selection, is right after "få".
      expect(await caretText(page)).toMatch(/Ni kan få$/);
      expect(await domCaretText(page)).toMatch(/Ni kan få$/);
      // The extension checked the new text right away: the finding is gone.
      const after = (await lastResult(browser, site.origin))!;
      expect(after.length).toBe(FIXED.length);
      expect(after.result?.findings.filter((f) => f.ruleId === 'bas.myndighetssprak' && FIXED.slice(f.start, f.end) === 'få')).toEqual([]);

      // The fix is one step in the editor's own undo history.
      await page.keyboard.press('Control+z');
      await expect.poll(() => stateText(page)).toBe(DRAFT);
      expect(await page.evaluate(() => window.__fixture.errors)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    it('applies a fix that writes two lines into the editor state, as one undo step', async () => {
      const { page, selector, pageErrors } = await openComposer(browser, site);
      await typeAndCheck(browser, site, page, DRAFT);
      const pastes: string[] = [];
      await page.exposeFunction('__pasted', (text: string) => pastes.push(text));
      await page.evaluate(() =>
        document.addEventListener(
          'paste',
          (event) => (window as unknown as { __pasted(text: string): void }).__pasted(event.clipboardData?.getData('text/plain') ?? ''),
          true,
        ),
      );
      const start = DRAFT.indexOf(LINE);
      const expected = DRAFT.replace(LINE, TWO_LINES);
      expect(await applyFix(browser, site.origin, start, start + LINE.length, TWO_LINES)).toEqual({ applied: true, copied: false });
      expect(await stateText(page)).toBe(expected);
      expect(await caretText(page)).toBe('Kom till receptionen!');
      expect((await lastResult(browser, site.origin))?.length).toBe(expected.length);
      // Draft.js and Lexical take line breaks only as a paste, which they split into blocks or
      // line breaks of their own; the browser's own editing takes them as typed text.
      expect(pastes).toEqual(site.editor === 'draft' || site.editor === 'lexical' ? [TWO_LINES] : []);
      if (site.editor === 'draft') expect(await page.locator(`${selector} [data-block="true"]`).count()).toBe(4);

      await page.keyboard.press('Control+z');
      await expect.poll(() => stateText(page)).toBe(DRAFT);
      expect(await page.evaluate(() => window.__fixture.errors)).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    it('falls back to the clipboard when the editor refuses the edit, and keeps the draft as it was', async () => {
      const { page, pageErrors } = await openComposer(browser, site);
      await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
      await typeAndCheck(browser, site, page, DRAFT);
      await page.evaluate(() => window.__fixture.refuseEdits());

      const start = DRAFT.indexOf(LINE);
      expect(await applyFix(browser, site.origin, start, start + LINE.length, TWO_LINES)).toEqual({ applied: false, copied: true });
      // Neither duplicated nor lost: the state is the draft as typed, and stays so.
      expect(await stateText(page)).toBe(DRAFT);
      await page.waitForTimeout(300);
      expect(await stateText(page)).toBe(DRAFT);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TWO_LINES);
      expect(pageErrors).toEqual([]);
    });
  });

});
