import type { PublishControls } from '../publish';

/**
 * Facebook's publish buttons are div[role=button] labelled in the UI's language; comments and
 * Messenger send on Enter. Checked on www.facebook.com, 2026-11.
 */
export const FACEBOOK_PUBLISH: PublishControls = {
  buttons: [
    '[role="button"][aria-label="Publicera"]',
    '[role="button"][aria-label="Post"]',
    '[role="button"][aria-label="Skicka"]',
    '[role="button"][aria-label="Send"]',
    '[role="button"][aria-label="Kommentera"]',
    '[role="button"][aria-label="Comment"]',
    '[role="button"][aria-label="Svara"]',
    '[role="button"][aria-label="Reply"]',
    'form[method="POST"] [type="submit"]',
  ],
  enterSends: new Set(['facebook/comment', 'facebook/reply', 'facebook/inbox']),
  switchAccountUrl: 'https://www.facebook.com/pages/?category=your_pages',
};
