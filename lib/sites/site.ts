/** What each site (lib/sites/<site>/index.ts) provides to the content script. */
import type { Platform } from '../engine/types';
import type { Pack } from '../packs/schema';
import type { PublishControls } from './publish';
import type { CookieSignals } from './signals';
import type { Identity, SurfaceRule, ThreadOwner } from './types';

export interface SiteContext {
  pack: Pack;
  cookies: CookieSignals;
  document: Document;
  url: URL;
  /** The focused composer's editor element, when there is one. */
  editor?: HTMLElement;
}

export interface SiteAdapter {
  platform: Platform;
  surfaces: readonly SurfaceRule[];
  publish: PublishControls;
  identity(context: SiteContext): Identity;
  thread(context: SiteContext): ThreadOwner;
}
