import type { SiteAdapter } from '../site';
import { YOUTUBE_SURFACES } from './composers';
import { youtubeIdentity, youtubeThread } from './identity';

export const youtube: SiteAdapter = {
  platform: 'youtube',
  surfaces: YOUTUBE_SURFACES,
  identity: ({ pack, document, url, editor }) => youtubeIdentity(pack, document, url, editor),
  thread: ({ pack, document, url }) => youtubeThread(pack, document, url),
};
