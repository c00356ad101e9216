import type { SiteAdapter } from '../site';
import { FACEBOOK_SURFACES } from './composers';
import { facebookIdentity, facebookThread } from './identity';
import { FACEBOOK_PUBLISH } from './publish';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  surfaces: FACEBOOK_SURFACES,
  publish: FACEBOOK_PUBLISH,
  identity: ({ pack, cookies, editor }) => facebookIdentity(pack, cookies.facebook, editor),
  thread: ({ pack, url }) => facebookThread(pack, url),
};
