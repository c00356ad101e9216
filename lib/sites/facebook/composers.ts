/**
 * Facebook's composers, most specific first. Facebook's class names are generated and change every
 * release, so composers are told apart by their ARIA labels (Swedish and English UI), roles and
 * Lexical's own attribute. Checked against www.facebook.com and business.facebook.com, 2026-11.
 */
import type { SurfaceRule } from '../types';

const label = (element: HTMLElement) =>
  `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('aria-placeholder') ?? ''}`.trim();

/** "Svara Anna Berg", "Skriv ett svar …", "Reply to Anna Berg", "Write a reply…". */
const REPLY = /^(svara|skriv ett svar|reply|write a reply)/i;
/** "Skriv en kommentar …", "Kommentera som Hofors kommun", "Write a comment…", "Comment as …". */
const COMMENT = /^(skriv en (offentlig )?kommentar|kommentera|write a (public )?comment|comment as)/i;
/** "Vad gör du just nu, Anna?", "Vad tänker du på?", "What's on your mind?", "Skapa ett offentligt inlägg". */
const POST = /(vad gör du just nu|vad tänker du på|what's on your mind|what’s on your mind|skapa ett (offentligt )?inlägg|create a (public )?post|skriv något|write something)/i;
/** Messenger and the Page inbox: "Meddelande", "Aa", "Svara i Messenger …", "Message", "Reply in Messenger…". */
const INBOX = /^(meddelande|message|aa$|skriv ett meddelande|write a message|svara i messenger|reply in messenger|svara på instagram|reply in instagram)/i;
/** The post composer's dialog heading. */
const POST_DIALOG = /^(skapa inlägg|create post|redigera inlägg|edit post)$/i;

export const FACEBOOK_SURFACES: readonly SurfaceRule[] = [
  {
    surface: 'facebook/inbox',
    evidence: 'business.facebook.com/latest/inbox and Messenger: textbox labelled "Meddelande"/"Message"/"Svara i Messenger" (2026-11)',
    test: (editor, _document, location) =>
      INBOX.test(label(editor)) || (location.hostname === 'business.facebook.com' && location.pathname.includes('/inbox')),
  },
  {
    surface: 'facebook/reply',
    evidence: 'comment reply box: contenteditable[role=textbox] labelled "Svara …"/"Reply to …" (2026-11)',
    test: (editor) => REPLY.test(label(editor)),
  },
  {
    surface: 'facebook/comment',
    evidence: 'comment box: contenteditable[role=textbox] labelled "Skriv en kommentar…"/"Kommentera som …"/"Write a comment…" (2026-11)',
    test: (editor) => COMMENT.test(label(editor)),
  },
  {
    surface: 'facebook/post',
    evidence: 'post composer in div[role=dialog] "Skapa inlägg"/"Create post", textbox labelled "Vad gör du just nu?"/"What\'s on your mind?" (2026-11)',
    test: (editor) => {
      if (POST.test(label(editor))) return true;
      const dialog = editor.closest('[role="dialog"]');
      const heading = dialog?.querySelector('h2, [role="heading"]')?.textContent?.trim() ?? dialog?.getAttribute('aria-label') ?? '';
      return POST_DIALOG.test(heading);
    },
  },
];
