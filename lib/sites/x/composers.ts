/**
 * X's composers. Every composer carries data-testid="tweetTextarea_N" (N = its place in a thread),
 * the one signal X keeps stable across redesigns; the page and the dialog tell a reply from a new
 * post. Checked against x.com (desktop and mobile web), 2026-11.
 */
import type { SurfaceRule } from '../types';

const testId = (editor: HTMLElement) =>
  editor.closest('[data-testid^="tweetTextarea_"]')?.getAttribute('data-testid') ??
  editor.querySelector('[data-testid^="tweetTextarea_"]')?.getAttribute('data-testid') ??
  '';

/** "Svara"/"Reply" on the composer's send button, or "Svarar @…"/"Replying to @…" above it. */
const REPLY_WORDS = /^(svara|reply)$|(svarar|replying to)\s+@/i;
const REPLYING_TO = /^(?:svarar|replying to)\s+@(\w{1,15})(?!\w)/i;

/**
 * The handle in the "Svarar @hoforskommun"/"Replying to @hoforskommun" line of a reply dialog.
 * That line is not known to carry a stable testid (the two below are tried first, in case), so it
 * is also found by its words: the first element outside the draft and the quoted post whose text
 * starts with them (2026-11).
 */
export function replyingTo(dialog: Element): string | undefined {
  const tagged = dialog.querySelector('[data-testid="reply-context"], [data-testid="replyingTo"]')?.textContent;
  const fromTag = tagged ? /@(\w{1,15})/.exec(tagged)?.[1] : undefined;
  if (fromTag) return fromTag;
  for (const element of Array.from(dialog.querySelectorAll('div, span'))) {
    // The draft and the post being answered may say anything, "Svarar @…" included; a wrapper
    // around the line and the composer would run the handle into the draft's first word.
    const quoted = '[contenteditable="true"], textarea, [data-testid="tweetText"]';
    if (element.closest(quoted) || element.querySelector(quoted)) continue;
    const handle = REPLYING_TO.exec(element.textContent?.trim() ?? '')?.[1];
    if (handle) return handle;
  }
  return undefined;
}

function isReply(editor: HTMLElement, location: Location | URL): boolean {
  const dialog = editor.closest('[role="dialog"]');
  const scope = dialog ?? editor.closest('[data-testid="inline_reply_offscreen"], [data-testid="primaryColumn"]') ?? editor.ownerDocument.body;
  const button = scope.querySelector('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]');
  if (button && REPLY_WORDS.test(button.textContent?.trim() ?? '')) return true;
  const context = scope.querySelector('[data-testid="reply-context"], [data-testid="replyingTo"]')?.textContent ?? '';
  if (REPLY_WORDS.test(context)) return true;
  // Read the words only in a dialog: scanning the timeline's text on every focus would be slow.
  if (dialog && replyingTo(dialog)) return true;
  // The inline composer under a post on its own page is a reply even before the button says so.
  return !editor.closest('[role="dialog"]') && /\/status\/\d+/.test(location.pathname);
}

export const X_SURFACES: readonly SurfaceRule[] = [
  {
    surface: 'x/thread',
    evidence: 'second and later posts of a thread: data-testid="tweetTextarea_1", "_2", … (2026-11)',
    test: (editor) => /^tweetTextarea_[1-9]\d*$/.test(testId(editor)),
  },
  {
    surface: 'x/reply',
    evidence: 'reply: tweetTextarea_0 with the send button "Svara"/"Reply" or "Svarar @…" context, or inline on /status/ (2026-11)',
    test: (editor, _document, location) => testId(editor) === 'tweetTextarea_0' && isReply(editor, location),
  },
  {
    surface: 'x/post',
    evidence: 'new post: tweetTextarea_0 on /home, /compose/post or in the modal; a textarea on mobile web (2026-11)',
    test: (editor) => testId(editor) === 'tweetTextarea_0',
  },
];
