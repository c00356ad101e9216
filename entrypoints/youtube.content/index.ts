import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSession } from '../../lib/content/session';
import { youtube } from '../../lib/sites/youtube';
import { SITE_MATCHES } from '../../lib/sites/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.youtube],
  // Live chat is an iframe (www.youtube.com/live_chat) inside the watch page.
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    startSession(ctx, youtube);
  },
});
