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

function isReply(editor: HTMLElement, location: Location | URL): boolean {
  const scope = editor.closest('[role="dialog"]') ?? editor.closest('[data-testid="inline_reply_offscreen"], [data-testid="primaryColumn"]') ?? editor.ownerDocument.body;
  const button = scope.querySelector('[data-testid="tweetButton"], [data-testid="tweetButtonInline"]');
  if (button && REPLY_WORDS.test(button.textContent?.trim() ?? '')) return true;
  const context = scope.querySelector('[data-testid="reply-context"], [data-testid="replyingTo"]')?.textContent ?? '';
  if (REPLY_WORDS.test(context)) return true;
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
