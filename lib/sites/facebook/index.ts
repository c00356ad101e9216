import type { SiteAdapter } from '../site';
import { FACEBOOK_SURFACES } from './composers';
import { facebookIdentity, facebookThread } from './identity';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  surfaces: FACEBOOK_SURFACES,
  identity: ({ pack, cookies, editor }) => facebookIdentity(pack, cookies.facebook, editor),
  thread: ({ pack, url }) => facebookThread(pack, url),
};
