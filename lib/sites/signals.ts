/**
 * The identity signals only the background can read: HttpOnly cookies, through the cookies API.
 * Content scripts ask for them when a composer gets focus and are told when they change.
 */
export interface CookieSignals {
  facebook: { c_user?: string; i_user?: string };
  x: { twid?: string };
}

/** Where each cookie lives and which signal it feeds. */
export const IDENTITY_COOKIES = [
  { url: 'https://www.facebook.com/', name: 'c_user', site: 'facebook' },
  { url: 'https://www.facebook.com/', name: 'i_user', site: 'facebook' },
  { url: 'https://x.com/', name: 'twid', site: 'x' },
] as const;

export function isIdentityCookie(cookie: { name: string; domain: string }): boolean {
  return IDENTITY_COOKIES.some(
    (wanted) => wanted.name === cookie.name && new URL(wanted.url).hostname.endsWith(cookie.domain.replace(/^\./, '')),
  );
}
