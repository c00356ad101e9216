/**
 * Who is writing on YouTube. Studio names the channel in its URL (/channel/UC…). On
 * www.youtube.com the page config (ytcfg.set({...}) in the page) says whether the session is
 * delegated to a brand channel (DELEGATED_SESSION_ID) and the comment box links the channel that
 * will post (its @handle). Matched against the pack by channel id, then handle.
 */
import type { Pack } from '../../packs/schema';
import { findOfficialAccount } from '../accounts';
import type { Identity, ThreadOwner } from '../types';

const CHANNEL_IN_URL = /\/channel\/(UC[\w-]{22})/;

/** A string value from the page's ytcfg.set({...}) blocks, read from the scripts' text. */
export function ytcfgValue(document: Document, key: string): string | undefined {
  const pattern = new RegExp(`"${key}"\\s*:\\s*"([^"]*)"`);
  for (const script of Array.from(document.scripts)) {
    const text = script.textContent ?? '';
    if (!text.includes('ytcfg.set')) continue;
    const value = pattern.exec(text)?.[1];
    if (value !== undefined) return value;
  }
  return undefined;
}

export function ytcfgFlag(document: Document, key: string): boolean | undefined {
  for (const script of Array.from(document.scripts)) {
    const m = new RegExp(`"${key}"\\s*:\\s*(true|false)`).exec(script.textContent ?? '');
    if (m) return m[1] === 'true';
  }
  return undefined;
}

/** The @handle the comment box will post as (its avatar links the channel). */
export function commentBoxHandle(editor: HTMLElement | undefined): string | undefined {
  const box = editor?.closest('ytd-commentbox, ytd-comment-simplebox-renderer, yt-live-chat-message-input-renderer');
  const link = box?.querySelector('a[href^="/@"], a[href*="youtube.com/@"]')?.getAttribute('href');
  return link ? /@([\w.-]+)/.exec(link)?.[1] : undefined;
}

export function youtubeIdentity(pack: Pack, document: Document, url: URL, editor?: HTMLElement): Identity {
  const base = { platform: 'youtube' as const };
  if (url.hostname === 'studio.youtube.com') {
    const channel = CHANNEL_IN_URL.exec(url.pathname)?.[1];
    if (!channel) return { ...base, kind: 'unknown', source: 'Studio utan kanal i adressen' };
    const match = findOfficialAccount(pack, 'youtube', { id: channel });
    return match
      ? { ...base, accountId: channel, handle: match.account.handle, name: match.account.name, kind: 'official', source: 'kanal-id i Studios adress' }
      : // A channel the pack does not list may be another of the municipality's channels: not a guess.
        { ...base, accountId: channel, kind: 'unknown', source: 'kanal-id i Studios adress; kanalen finns inte bland packets konton' };
  }
  const loggedIn = ytcfgFlag(document, 'LOGGED_IN');
  const delegated = ytcfgValue(document, 'DELEGATED_SESSION_ID');
  const handle = commentBoxHandle(editor);
  if (loggedIn === false) return { ...base, kind: 'unknown', source: 'inte inloggad (ytcfg LOGGED_IN)' };
  const byDelegation = delegated ? findOfficialAccount(pack, 'youtube', { id: delegated }) : undefined;
  const byHandle = handle ? findOfficialAccount(pack, 'youtube', { handle }) : undefined;
  if (byDelegation && handle && byHandle?.account !== byDelegation.account) {
    return { ...base, accountId: delegated, handle, kind: 'unknown', source: 'ytcfg och kommentarsrutan pekar på olika kanaler' };
  }
  const match = byDelegation ?? byHandle;
  if (match) {
    return { ...base, accountId: match.account.id, handle: match.account.handle, name: match.account.name, kind: 'official', source: byDelegation ? 'ytcfg DELEGATED_SESSION_ID' : 'kommentarsrutans kanal' };
  }
  if (delegated) return { ...base, accountId: delegated, handle, kind: 'unknown', source: 'varumärkeskanal som inte finns bland packets konton' };
  if (handle || loggedIn) return { ...base, handle, kind: 'private', source: handle ? 'kommentarsrutans kanal' : 'ytcfg: inloggad med personligt konto' };
  return { ...base, kind: 'unknown', source: 'inga uppgifter om kontot' };
}

/** The channel that owns the video or the Studio page. */
export function youtubeThread(pack: Pack, document: Document, url: URL): ThreadOwner {
  const studioChannel = url.hostname === 'studio.youtube.com' ? CHANNEL_IN_URL.exec(url.pathname)?.[1] : undefined;
  const metaChannel = document.querySelector('meta[itemprop="channelId"]')?.getAttribute('content') ?? undefined;
  const ownerLink = document.querySelector('ytd-video-owner-renderer a[href^="/@"], #owner a[href^="/@"]')?.getAttribute('href');
  const handle = ownerLink ? /@([\w.-]+)/.exec(ownerLink)?.[1] : undefined;
  const id = studioChannel ?? metaChannel;
  if (!id && !handle) return { source: 'sidan säger inte vems kanalen är' };
  const match = findOfficialAccount(pack, 'youtube', { id, handle });
  return { owner: id ?? handle, official: match ? true : pack.accounts.youtube.length > 0 ? false : undefined, source: studioChannel ? 'Studios adress' : 'videons kanal' };
}
