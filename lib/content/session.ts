/**
 * The content script's core, shared by the three sites: notice the composer the user writes in
 * (focus and input events in the capture phase, never a scan of the page), read it, find out who is
 * writing and in whose thread, lint after a typing pause, and keep the result for the popup and
 * the in-page assistant. Nothing is written into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lint } from '../engine/lint';
import type { LintResult } from '../engine/types';
import { isPolicyvaktMessage, type LastResultReply, type PackReply } from '../messages';
import type { Pack } from '../packs/schema';
import { editorRoot, makeComposer } from '../sites/composer';
import type { SiteAdapter } from '../sites/site';
import type { CookieSignals } from '../sites/signals';
import type { Composer, Identity, ReplaceResult, ThreadOwner } from '../sites/types';
import { watchPaused } from '../pause';
import { createAssistant } from './assistant';

/** The pause after the last keystroke before a draft is checked (issue 5: at most 150 ms). */
export const TYPING_PAUSE_MS = 120;

export interface SessionState {
  composer?: Composer;
  identity?: Identity;
  thread?: ThreadOwner;
  result?: LintResult;
  /** Length of the text the result is for (the composer may have changed since). */
  checkedLength?: number;
  checkedAt?: number;
}

export function startSession(ctx: ContentScriptContext, site: SiteAdapter): SessionState {
  const state: SessionState = {};
  let pack: Pack | undefined;
  let cookies: CookieSignals = { facebook: {}, x: {} };
  let pending: number | undefined;
  let paused = false;
  // The user's pause switch counts only while the admin's policy allows pausing.
  let pausedByUser = false;
  let allowPause = true;
  const updatePaused = () => {
    const now = pausedByUser && allowPause;
    if (now === paused) return;
    paused = now;
    if (paused) {
      state.result = undefined;
      state.identity = undefined;
      assistant.update();
    } else if (state.composer) check();
  };

  const siteContext = () => ({ pack: pack!, cookies, document, url: new URL(location.href), editor: state.composer?.element });

  const check = (): LintResult | undefined => {
    pending = undefined;
    const composer = state.composer;
    if (paused || !pack || !composer || !composer.element.isConnected) return undefined;
    state.identity = site.identity(siteContext());
    state.thread = site.thread(siteContext());
    const text = composer.text();
    state.checkedLength = text.length;
    state.result = lint(text, {
      pack,
      platform: site.platform,
      account: state.identity.kind,
      thread: { official: state.thread.official, owner: state.thread.owner },
    });
    state.checkedAt = Date.now();
    assistant.update();
    return state.result;
  };

  const assistant = createAssistant(ctx, {
    composer: () => state.composer,
    identity: () => state.identity,
    thread: () => state.thread,
    result: () => state.result,
    pack: () => pack,
    checkNow: check,
    publish: site.publish,
  });
  const schedule = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = ctx.setTimeout(check, TYPING_PAUSE_MS);
  };
  const onEdit = (event: Event) => {
    const element = editorRoot(event.composedPath()[0] ?? event.target);
    if (!element) return;
    if (state.composer?.element !== element) {
      state.composer = makeComposer(element, site.platform, site.surfaces);
      // The previous composer's findings say nothing about this one.
      state.result = undefined;
      state.checkedLength = undefined;
    }
    schedule();
  };
  const refreshSignals = async () => {
    cookies = (await browser.runtime.sendMessage({ type: 'policyvakt:cookie-signals' })) as CookieSignals;
    if (state.composer) schedule();
  };

  ctx.addEventListener(
    document,
    'focusin',
    (event) => {
      onEdit(event);
      if (state.composer && editorRoot(event.composedPath()[0] ?? event.target) === state.composer.element) {
        assistant.composerFocused();
        void refreshSignals();
      }
    },
    { capture: true },
  );
  ctx.addEventListener(document, 'input', onEdit, { capture: true });
  // Single-page navigation: the thread (and perhaps the composer) changed without a page load.
  const onNavigate = () => {
    state.thread = undefined;
    if (state.composer && !state.composer.element.isConnected) state.composer = undefined;
  };
  ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
  ctx.addEventListener(document, 'yt-navigate-finish' as keyof DocumentEventMap, onNavigate);

  const onMessage = (message: unknown) => {
    if (!isPolicyvaktMessage(message)) return undefined;
    if (message.type === 'policyvakt:last-result') return Promise.resolve(lastResult(state, site));
    if (message.type === 'policyvakt:host') return Promise.resolve(location.hostname);
    if (message.type === 'policyvakt:cookies-changed') void refreshSignals();
    if (message.type === 'policyvakt:pack-changed') void loadPack();
    if (message.type === 'policyvakt:apply-fix') return applyFix(message.start, message.end, message.replacement);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  /** The same path as the assistant's fix buttons: the composer's verified replace(). */
  const applyFix = async (start: number, end: number, replacement: string): Promise<ReplaceResult | null> => {
    if (!state.composer) return null;
    const outcome = await state.composer.replace(start, end, replacement);
    check();
    return outcome;
  };
  const loadPack = async () => {
    const reply = (await browser.runtime.sendMessage({ type: 'policyvakt:get-pack' })) as PackReply;
    pack = reply.pack;
    allowPause = reply.allowPause;
    updatePaused();
    if (state.composer) check();
  };
  void loadPack();
  const unwatch = watchPaused(location.hostname, (now) => {
    pausedByUser = now;
    updatePaused();
  });
  ctx.onInvalidated(unwatch);
  void refreshSignals();
  return state;
}

function lastResult(state: SessionState, site: SiteAdapter): LastResultReply | null {
  if (!state.composer) return null;
  return {
    platform: site.platform,
    surface: state.composer.surface ?? null,
    editor: state.composer.editor,
    identity: state.identity ?? null,
    thread: state.thread ?? null,
    length: state.checkedLength ?? null,
    result: state.result ?? null,
    checkedAt: state.checkedAt ?? null,
  };
}
