/**
 * Matching who is writing, or whose thread it is, against the pack's official accounts: by stable
 * id first, then by handle. Display names are never enough (../shared/DESIGN.md, "Identity").
 */
import type { Platform } from '../engine/types';
import type { Pack } from '../packs/schema';

export type Account = Pack['accounts'][Platform][number];

const normaliseHandle = (handle: string) => handle.trim().replace(/^@/, '').toLowerCase();

export function findOfficialAccount(
  pack: Pack,
  platform: Platform,
  signal: { id?: string; handle?: string },
): { account: Account; by: 'id' | 'handle' } | undefined {
  const accounts = pack.accounts[platform];
  if (signal.id) {
    const account = accounts.find((candidate) => candidate.id === signal.id || candidate.otherIds.includes(signal.id!));
    if (account) return { account, by: 'id' };
  }
  if (signal.handle) {
    const wanted = normaliseHandle(signal.handle);
    const account = accounts.find((candidate) => candidate.handle !== undefined && normaliseHandle(candidate.handle) === wanted);
    if (account) return { account, by: 'handle' };
  }
  return undefined;
}
