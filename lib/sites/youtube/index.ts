import type { SiteAdapter } from '../site';
import { YOUTUBE_SURFACES } from './composers';
import { youtubeIdentity, youtubeThread } from './identity';
import { YOUTUBE_PUBLISH } from './publish';

export const youtube: SiteAdapter = {
  platform: 'youtube',
  surfaces: YOUTUBE_SURFACES,
  publish: YOUTUBE_PUBLISH,
  identity: ({ pack, document, url, editor }) => youtubeIdentity(pack, document, url, editor),
  thread: ({ pack, document, url }) => youtubeThread(pack, document, url),
};
