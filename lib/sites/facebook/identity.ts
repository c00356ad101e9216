/**
 * Who is writing on Facebook. The `c_user` cookie is the signed-in person; `i_user` is set while
 * that person acts as a Page (the new Pages experience). Both are read by the background with the
 * cookies API (content scripts cannot see them: they are HttpOnly) and followed as they change.
 * The composer's label ("Kommentera som Hofors kommun") is checked against the answer: if it names
 * someone else the signals disagree and the answer is unknown.
 */
import type { Pack } from '../../packs/schema';
import { findOfficialAccount } from '../accounts';
import type { Identity, ThreadOwner } from '../types';

export interface FacebookCookies {
  c_user?: string;
  i_user?: string;
}

/** "Kommentera som X" / "Comment as X" / "Svara som X" / "Reply as X": the name the site says you write as. */
const ACTING_AS = /^(?:kommentera|svara|publicera|comment|reply|post) (?:som|as) (.+?)[.…]*$/i;

export function actingAsLabel(editor: HTMLElement | undefined): string | undefined {
  const label = editor?.getAttribute('aria-label') ?? editor?.getAttribute('aria-placeholder') ?? '';
  return ACTING_AS.exec(label.trim())?.[1];
}

export function facebookIdentity(pack: Pack, cookies: FacebookCookies, editor?: HTMLElement): Identity {
  const base = { platform: 'facebook' as const };
  if (!cookies.c_user) return { ...base, kind: 'unknown', source: 'inte inloggad (ingen c_user-cookie)' };
  const actor = cookies.i_user ?? cookies.c_user;
  const source = cookies.i_user ? 'cookie i_user (agerar som sida)' : 'cookie c_user';
  const match = findOfficialAccount(pack, 'facebook', { id: actor });
  const label = actingAsLabel(editor);
  if (match) {
    if (label && label.toLowerCase() !== match.account.name.toLowerCase()) {
      return { ...base, accountId: actor, kind: 'unknown', source: `${source}, men rutan säger "${label}"` };
    }
    return { ...base, accountId: actor, handle: match.account.handle, name: match.account.name, kind: 'official', source };
  }
  if (cookies.i_user) {
    // Acting as a Page that is not in the pack: perhaps another of the municipality's pages, perhaps not.
    return { ...base, accountId: actor, name: label, kind: 'unknown', source: `${source}, sidan finns inte bland packets officiella konton` };
  }
  const officialLabel = label && pack.accounts.facebook.some((account) => account.name.toLowerCase() === label.toLowerCase());
  if (officialLabel) return { ...base, accountId: actor, kind: 'unknown', source: `${source}, men rutan säger "${label}"` };
  return { ...base, accountId: actor, name: label, kind: 'private', source };
}

/** The Page or profile that owns the thread, from the URL (www.facebook.com/<slug>/posts/…, ?id=…). */
export function facebookThread(pack: Pack, url: URL): ThreadOwner {
  // Only id= names the profile or Page; story_fbid= names the post, which is nobody's id.
  const id = url.searchParams.get('id') ?? undefined;
  const [first, , third] = url.pathname.split('/').filter(Boolean);
  // Profiles and Pages without a username live at /people/<Name>/<numeric id>/.
  const peopleId = first === 'people' && third && /^\d+$/.test(third) ? third : undefined;
  const reserved = new Set(['watch', 'groups', 'events', 'marketplace', 'messages', 'notifications', 'permalink.php', 'profile.php', 'story.php', 'photo', 'photo.php', 'reel', 'latest', 'home.php', 'search', 'settings', 'people']);
  const slug = first && !reserved.has(first) ? first : undefined;
  const owner = peopleId ?? (id && url.pathname.includes('profile.php') ? id : slug ?? id);
  if (!owner) return { source: 'adressen säger inte vems tråden är' };
  const match = findOfficialAccount(pack, 'facebook', { id: owner, handle: slug });
  return { owner, official: match ? true : pack.accounts.facebook.length > 0 ? false : undefined, source: 'sidans adress' };
}
