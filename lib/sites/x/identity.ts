/**
 * Who is writing on X: the `twid` cookie ("u=<numeric id>", read by the background) and the handle
 * in the account switcher. Matched by id, then handle; when both are known and point at different
 * accounts the answer is unknown.
 */
import type { Pack } from '../../packs/schema';
import { findOfficialAccount } from '../accounts';
import type { Identity, ThreadOwner } from '../types';
import { replyingTo } from './composers';

export function twidAccountId(twid: string | undefined): string | undefined {
  if (!twid) return undefined;
  return /u(?:%3D|=)(\d+)/i.exec(decodeURIComponent(twid).replace(/"/g, ''))?.[1] ?? /u(?:%3D|=)(\d+)/i.exec(twid)?.[1];
}

/** The handle in the side navigation's account switcher: data-testid="UserAvatar-Container-<handle>". */
export function switcherHandle(document: Document): string | undefined {
  const container = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]');
  return container?.getAttribute('data-testid')?.replace('UserAvatar-Container-', '') || undefined;
}

export function xIdentity(pack: Pack, twid: string | undefined, document: Document): Identity {
  const id = twidAccountId(twid);
  const handle = switcherHandle(document);
  const base = { platform: 'x' as const, accountId: id, handle };
  if (!id && !handle) return { ...base, kind: 'unknown', source: 'inte inloggad (ingen twid-cookie)' };
  const byId = id ? findOfficialAccount(pack, 'x', { id }) : undefined;
  const byHandle = handle ? findOfficialAccount(pack, 'x', { handle }) : undefined;
  const source = [id && 'cookie twid', handle && 'kontoväljaren'].filter(Boolean).join(' och ');
  if (byId && byHandle && byId.account !== byHandle.account) return { ...base, kind: 'unknown', source: `${source} pekar på olika konton` };
  if ((byId && handle && !byHandle && byId.account.handle) || (byHandle && id && !byId)) {
    return { ...base, kind: 'unknown', source: `${source} säger olika saker` };
  }
  const match = byId ?? byHandle;
  if (match) return { ...base, name: match.account.name, kind: 'official', source };
  // An X account is not a person's profile by nature: with no official accounts to compare, say so.
  if (pack.accounts.x.length === 0) return { ...base, kind: 'unknown', source: `${source}; packet anger inga officiella X-konton` };
  return { ...base, kind: 'private', source };
}

/** The author of the post being answered: /<handle>/status/<id>, or "Svarar @handle" in the dialog. */
export function xThread(pack: Pack, url: URL, editor?: HTMLElement): ThreadOwner {
  const dialog = editor?.closest('[role="dialog"]');
  const fromContext = dialog ? replyingTo(dialog) : undefined;
  const fromUrl = /^\/(\w{1,15})\/status\/\d+/.exec(url.pathname)?.[1];
  const handle = fromContext ?? fromUrl;
  if (!handle) return { source: 'inget inlägg besvaras' };
  const official = findOfficialAccount(pack, 'x', { handle }) !== undefined;
  return { owner: handle, official: official ? true : pack.accounts.x.length > 0 ? false : undefined, source: fromContext ? 'svarsrutan' : 'sidans adress' };
}
