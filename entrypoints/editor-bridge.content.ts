import { defineContentScript } from 'wxt/utils/define-content-script';
import { EDIT_DONE, EDIT_REQUEST, performEdit, type EditRequest } from '../lib/sites/editors/bridge';
import { ALL_SITE_MATCHES } from '../lib/sites/hosts';

/**
 * Runs in the page's own world, where the sites' editors listen: it performs the one edit the
 * isolated content script asks for (see lib/sites/editors/bridge.ts) and nothing else.
 */
export default defineContentScript({
  matches: ALL_SITE_MATCHES,
  world: 'MAIN',
  allFrames: true,
  runAt: 'document_start',
  main() {
    document.addEventListener(EDIT_REQUEST, (event) => {
      let request: EditRequest;
      try {
        request = JSON.parse((event as CustomEvent<string>).detail) as EditRequest;
      } catch {
        return;
      }
      let ok = false;
      try {
        ok = performEdit(document, request);
      } catch {
        ok = false;
      }
      document.dispatchEvent(new CustomEvent(EDIT_DONE, { detail: JSON.stringify({ id: request.id, ok }) }));
    });
  },
});
