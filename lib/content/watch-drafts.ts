/**
 * The shared core of the three content scripts: notice the composer the user is writing in, read
 * its text, lint it after a typing pause and keep the result for the popup. Nothing is written into
 * the page.
 *
 * Composers are found from focus and input events in the capture phase (the sites stop propagation
 * in the bubble phase), never by scanning the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lint } from '../engine/lint';
import type { Platform } from '../engine/types';
import { isPolicyvaktMessage, type LastResultReply, type PackReply } from '../messages';
import type { Pack } from '../packs/schema';

/** The pause after the last keystroke before a draft is checked (issue 5: at most 150 ms). */
export const TYPING_PAUSE_MS = 120;

export function editableRoot(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement) return undefined;
  if (!target.isContentEditable) return undefined;
  // The outermost editable element is the editor; inner ones are its paragraphs.
  let root: HTMLElement = target;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

export function draftText(editor: HTMLElement): string {
  return editor instanceof HTMLTextAreaElement ? editor.value : editor.innerText;
}

export function watchDrafts(ctx: ContentScriptContext, platform: Platform): void {
  let pack: Pack | undefined;
  let last: LastResultReply | undefined;
  let pending: number | undefined;
  let current: HTMLElement | undefined;

  const check = () => {
    pending = undefined;
    if (!pack || !current) return;
    const text = draftText(current);
    last = { platform, length: text.length, result: lint(text, { pack, platform, account: 'unknown' }), checkedAt: Date.now() };
  };
  const schedule = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(check, TYPING_PAUSE_MS);
  };
  const onEdit = (event: Event) => {
    const editor = editableRoot(event.target);
    if (!editor) return;
    current = editor;
    schedule();
  };

  ctx.addEventListener(document, 'focusin', onEdit, { capture: true });
  ctx.addEventListener(document, 'input', onEdit, { capture: true });

  const onMessage = (message: unknown) => {
    if (isPolicyvaktMessage(message) && message.type === 'policyvakt:last-result') return Promise.resolve(last ?? null);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  void browser.runtime.sendMessage({ type: 'policyvakt:get-pack' }).then((reply: PackReply) => {
    pack = reply.pack;
    if (current) check();
  });
}
