/**
 * The hosts where staff post, per site: the content scripts' matches and, with them, the
 * extension's only host permissions (the cookies API needs them to tell which account is active).
 */
export const SITE_MATCHES = {
  facebook: ['https://www.facebook.com/*', 'https://business.facebook.com/*'],
  // Desktop and mobile web; twitter.com still serves the same app for old links and bookmarks.
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  youtube: ['https://www.youtube.com/*', 'https://studio.youtube.com/*'],
} as const;

export const ALL_SITE_MATCHES: string[] = Object.values(SITE_MATCHES).flat();
