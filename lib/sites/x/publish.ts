import type { PublishControls } from '../publish';

/** X's send buttons keep their data-testid across redesigns. Checked on x.com, 2026-11. */
export const X_PUBLISH: PublishControls = {
  buttons: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  enterSends: new Set(),
  switchAccountUrl: 'https://x.com/account/switch',
};
