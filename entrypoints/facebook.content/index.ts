import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSession } from '../../lib/content/session';
import { facebook } from '../../lib/sites/facebook';
import { SITE_MATCHES } from '../../lib/sites/hosts';

export default defineContentScript({
  matches: [...SITE_MATCHES.facebook],
  runAt: 'document_idle',
  main(ctx) {
    startSession(ctx, facebook);
  },
});
