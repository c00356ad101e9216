import type { SiteAdapter } from '../site';
import { X_SURFACES } from './composers';
import { xIdentity, xThread } from './identity';
import { X_PUBLISH } from './publish';

export const x: SiteAdapter = {
  platform: 'x',
  surfaces: X_SURFACES,
  publish: X_PUBLISH,
  identity: ({ pack, cookies, document }) => xIdentity(pack, cookies.x.twid, document),
  thread: ({ pack, url, editor }) => xThread(pack, url, editor),
};
