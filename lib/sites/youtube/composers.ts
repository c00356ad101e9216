/**
 * YouTube's composers are custom elements (Polymer/Lit), whose tag names are stable where class
 * names are not. Checked against www.youtube.com and studio.youtube.com, 2026-11.
 */
import type { SurfaceRule } from '../types';

export const YOUTUBE_SURFACES: readonly SurfaceRule[] = [
  {
    surface: 'youtube/live-chat',
    evidence: 'live chat iframe (/live_chat): yt-live-chat-text-input-field-renderer #input[contenteditable] (2026-11)',
    test: (editor) => editor.closest('yt-live-chat-text-input-field-renderer, yt-live-chat-message-input-renderer') !== null,
  },
  {
    surface: 'youtube/studio-reply',
    evidence: 'studio.youtube.com comments: ytcp-commentbox with a textarea (2026-11)',
    // The host alone is not enough: Studio's video details page has contenteditable title and
    // description boxes, which are not replies. Only its comment pages (/channel/UC…/comments/…,
    // /video/<id>/comments) fall back on the URL.
    test: (editor, _document, location) =>
      editor.closest('ytcp-commentbox, ytcp-comment-reply-dialog') !== null ||
      (location.hostname === 'studio.youtube.com' && /\/comments(\/|$)/.test(location.pathname)),
  },
  {
    surface: 'youtube/reply',
    evidence: 'reply box: ytd-commentbox inside ytd-comment-reply-dialog-renderer (2026-11)',
    test: (editor) => editor.closest('ytd-comment-reply-dialog-renderer') !== null,
  },
  {
    surface: 'youtube/comment',
    evidence: 'comment box: ytd-commentbox #contenteditable-root under ytd-comments #simple-box (2026-11)',
    test: (editor) => editor.closest('ytd-commentbox, ytd-comment-simplebox-renderer') !== null,
  },
];
