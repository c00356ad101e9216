import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchDrafts } from '../../lib/content/watch-drafts';
import { SITE_MATCHES } from '../../lib/sites/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.x],
  runAt: 'document_idle',
  main(ctx) {
    watchDrafts(ctx, 'x');
  },
});
