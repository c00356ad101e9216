import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSession } from '../../lib/content/session';
import { x } from '../../lib/sites/x';
import { SITE_MATCHES } from '../../lib/sites/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.x],
  runAt: 'document_idle',
  main(ctx) {
    startSession(ctx, x);
  },
});
